<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>storelens::cli</name>
    <message>
        <location filename="../cli/CliSupport.cpp" line="37"/>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <location filename="../cli/CliSupport.cpp" line="116"/>
        <source>storelens %1 takes no positional arguments.</source>
        <translation>storelens %1 nimmt keine Positionsargumente an.</translation>
    </message>
    <message>
        <location filename="../cli/CliSupport.cpp" line="131"/>
        <source>The workspace has no order lines yet.</source>
        <translation>Der Arbeitsbereich enthält noch keine Bestellzeilen.</translation>
    </message>
    <message>
        <location filename="../cli/CliSupport.cpp" line="192"/>
        <source>The option --%1 is required.</source>
        <translation>Die Option --%1 ist erforderlich.</translation>
    </message>
    <message>
        <location filename="../cli/ClvCommand.cpp" line="252"/>
        <source>Predicted customer lifetime value (BG/NBD and Gamma-Gamma) of %1 customers, from their purchases up to %2; as of %3.</source>
        <translation>Prognostizierter Kundenwert (BG/NBD und Gamma-Gamma) von %1 Kunden, aus ihren Käufen bis %2; Stichtag %3.</translation>
    </message>
    <message>
        <location filename="../cli/ClvCommand.cpp" line="258"/>
        <source>CLV covers the next %1 months, discounted at %2 % a year.</source>
        <translation>Der Kundenwert umfasst die nächsten %1 Monate, abgezinst mit %2 % pro Jahr.</translation>
    </message>
    <message>
        <location filename="../cli/ClvCommand.cpp" line="266"/>
        <source>Purchase model (BG/NBD): %1</source>
        <translation>Kaufmodell (BG/NBD): %1</translation>
    </message>
    <message>
        <location filename="../cli/ClvCommand.cpp" line="274"/>
        <source>Purchase model (%1): %2</source>
        <translation>Kaufmodell (%1): %2</translation>
    </message>
    <message>
        <location filename="../cli/ClvCommand.cpp" line="278"/>
        <source>Spend model (Gamma-Gamma): %1</source>
        <translation>Ausgabenmodell (Gamma-Gamma): %1</translation>
    </message>
    <message>
        <location filename="../cli/ClvCommand.cpp" line="286"/>
        <source>Holdout %1 to %2 (%3 weeks): %4 repeat purchases expected, %5 made.</source>
        <translation>Testzeitraum %1 bis %2 (%3 Wochen): %4 Wiederholungskäufe erwartet, %5 getätigt.</translation>
    </message>
    <message>
        <location filename="../cli/ClvCommand.cpp" line="290"/>
        <source>Repeat purchases in calibration</source>
        <translation>Wiederholungskäufe im Anpassungszeitraum</translation>
    </message>
    <message>
        <location filename="../cli/ClvCommand.cpp" line="291"/>
        <location filename="../cli/SegmentsCommand.cpp" line="119"/>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location filename="../cli/ClvCommand.cpp" line="292"/>
        <source>Actual</source>
        <translation>Tatsächlich</translation>
    </message>
    <message>
        <location filename="../cli/ClvCommand.cpp" line="293"/>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <location filename="../cli/ClvCommand.cpp" line="295"/>
        <source>%1 or more</source>
        <translation>%1 oder mehr</translation>
    </message>
    <message>
        <location filename="../cli/ClvCommand.cpp" line="302"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../cli/ClvCommand.cpp" line="303"/>
        <source>P(alive)</source>
        <translation>P(aktiv)</translation>
    </message>
    <message>
        <location filename="../cli/ClvCommand.cpp" line="304"/>
        <source>4 wk</source>
        <translation>4 Wo.</translation>
    </message>
    <message>
        <location filename="../cli/ClvCommand.cpp" line="305"/>
        <source>13 wk</source>
        <translation>13 Wo.</translation>
    </message>
    <message>
        <location filename="../cli/ClvCommand.cpp" line="306"/>
        <source>52 wk</source>
        <translation>52 Wo.</translation>
    </message>
    <message>
        <location filename="../cli/ClvCommand.cpp" line="307"/>
        <location filename="../cli/SegmentsCommand.cpp" line="123"/>
        <location filename="../cli/SegmentsCommand.cpp" line="148"/>
        <source>AOV</source>
        <translation>Ø Bestellwert</translation>
    </message>
    <message>
        <location filename="../cli/ClvCommand.cpp" line="308"/>
        <source>CLV</source>
        <translation>CLV</translation>
    </message>
    <message>
        <location filename="../cli/ClvCommand.cpp" line="309"/>
        <source>Next purchase</source>
        <translation>Nächster Kauf</translation>
    </message>
    <message>
        <location filename="../cli/ClvCommand.cpp" line="321"/>
        <source>unlikely</source>
        <translation>unwahrscheinlich</translation>
    </message>
    <message>
        <location filename="../cli/ClvCommand.cpp" line="325"/>
        <source>%1 more customers; --limit 0 lists all of them.</source>
        <translation>%1 weitere Kunden; --limit 0 listet alle auf.</translation>
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
        <translation>storelens clv: passt die Kaufmodelle BG/NBD, Pareto/NBD und MBG/NBD sowie das Ausgabenmodell Gamma-Gamma an die Kauftage der identifizierten Kunden an (METRICS.md Abschnitt 8), verwendet das Kaufmodell mit dem kleinsten Fehler im Testzeitraum (getestet an den letzten 13 Wochen oder an der Aufteilung durch --holdout-from) und sagt dies in einem Satz, und prognostiziert je Kunde die Wahrscheinlichkeit, noch Kunde zu sein, die erwarteten Käufe in den nächsten 4, 13 und 52 Wochen, den erwarteten Bestellwert, den Kundenwert über den Horizont und das erwartete Datum des nächsten Kaufs, gerechnet ab dem Stichtag (leer, wenn der Kunde eher abgewandert ist als nicht). --holdout-from DATUM passt die Modelle an die Käufe vor DATUM an und vergleicht die erwarteten Wiederholungskäufe von DATUM bis zum Stichtag mit den tatsächlichen. Bei zu wenigen Daten (weniger als 200 Kunden, unter 90 Tage, keine Wiederholungskäufer) oder einer Anpassung, die nicht konvergiert, wird der Grund ausgegeben und keine Zahlen.
Exit-Status: 0 fertig, 1 falscher Aufruf, 2 Arbeitsbereich, ein Filter oder die Daten wurden abgelehnt.

JSON (--format json): as_of, calibration_end, horizon_months, annual_discount_rate, status,
  model {in_use, name, chosen_by (holdout, likelihood oder requested), sentence,
         test {from, to, weeks, customers, actual_repeat_purchases, models [{model, converged,
               log_likelihood, expected_repeat_purchases, error_per_customer}]} oder null,
         fits [{model, r, alpha, a, b oder s, beta, log_likelihood, converged, evaluations,
               gradient_norm, customers}]},
  bg_nbd {r, alpha, a, b, log_likelihood, converged, evaluations, gradient_norm, customers},
  gamma_gamma {p, q, gamma, log_likelihood, converged, evaluations, gradient_norm, customers},
  holdout {from, to, weeks, actual_repeat_purchases, expected_repeat_purchases,
           by_frequency [{repeat_purchases, or_more, customers, actual_mean, expected_mean}]} oder null,
  customer_count, predicted_clv_total, customers [{customer_id, x, t_x, T, monetary,
  probability_alive, expected_purchases_4_weeks, expected_purchases_13_weeks,
  expected_purchases_52_weeks, expected_average_order_value, predicted_clv, expected_next_purchase}].
CSV (--format csv): die Felder der Kunden, eine Zeile pro Kunde.
Die Kunden sind nach prognostiziertem Kundenwert geordnet, der höchste zuerst.</translation>
    </message>
    <message>
        <location filename="../cli/ClvCommand.cpp" line="337"/>
        <source>The purchase model: auto (the Pareto/NBD or MBG/NBD, whichever did better on the holdout; the default), bg_nbd, pareto_nbd or mbg_nbd.</source>
        <translation>Das Kaufmodell: auto (Pareto/NBD oder MBG/NBD, je nachdem, welches im Testzeitraum besser abgeschnitten hat; der Standard), bg_nbd, pareto_nbd oder mbg_nbd.</translation>
    </message>
    <message>
        <location filename="../cli/ClvCommand.cpp" line="339"/>
        <source>model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../cli/ClvCommand.cpp" line="376"/>
        <source>--model takes auto, bg_nbd, pareto_nbd or mbg_nbd, not &quot;%1&quot;.</source>
        <translation>--model erwartet auto, bg_nbd, pareto_nbd oder mbg_nbd, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../cli/ClvCommand.cpp" line="434"/>
        <source>Predict customer lifetime value with the BG/NBD and Gamma-Gamma models.</source>
        <translation>Kundenwert mit den Modellen BG/NBD und Gamma-Gamma prognostizieren.</translation>
    </message>
    <message>
        <location filename="../cli/ClvCommand.cpp" line="333"/>
        <source>Fit on the purchases before this day and compare the rest with the prediction.</source>
        <translation>An die Käufe vor diesem Tag anpassen und den Rest mit der Prognose vergleichen.</translation>
    </message>
    <message>
        <location filename="../cli/ClvCommand.cpp" line="340"/>
        <source>Months of lifetime value (default 12).</source>
        <translation>Monate des Kundenwerts (Standard 12).</translation>
    </message>
    <message>
        <location filename="../cli/ClvCommand.cpp" line="340"/>
        <source>months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <location filename="../cli/ClvCommand.cpp" line="342"/>
        <source>Annual discount rate as a fraction (default 0.10).</source>
        <translation>Jährlicher Abzinsungssatz als Bruchzahl (Standard 0.10).</translation>
    </message>
    <message>
        <location filename="../cli/ClvCommand.cpp" line="343"/>
        <source>rate</source>
        <translation>Satz</translation>
    </message>
    <message>
        <location filename="../cli/ClvCommand.cpp" line="345"/>
        <source>List only this many customers, 0 for all (default: 20 in the table, all in JSON and CSV).</source>
        <translation>Nur so viele Kunden auflisten, 0 für alle (Standard: 20 in der Tabelle, alle in JSON und CSV).</translation>
    </message>
    <message>
        <location filename="../cli/ClvCommand.cpp" line="347"/>
        <location filename="../cli/SampleCommand.cpp" line="56"/>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location filename="../cli/ClvCommand.cpp" line="365"/>
        <source>--horizon-months takes a whole number from 1 to 120, --discount-rate a fraction such as 0.10, and --limit a whole number of 0 or more.</source>
        <translation>--horizon-months erwartet eine ganze Zahl von 1 bis 120, --discount-rate eine Bruchzahl wie 0.10 und --limit eine ganze Zahl ab 0.</translation>
    </message>
    <message>
        <location filename="../cli/ClvCommand.cpp" line="385"/>
        <source>--holdout-from takes a date as YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--holdout-from erwartet ein Datum im Format JJJJ-MM-TT, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../cli/ClvCommand.cpp" line="397"/>
        <source>--holdout-from must fall after the first day with data (%1) and on or before the as-of date (%2).</source>
        <translation>--holdout-from muss nach dem ersten Tag mit Daten (%1) und spätestens am Stichtag (%2) liegen.</translation>
    </message>
    <message>
        <location filename="../cli/CohortsCommand.cpp" line="71"/>
        <source>Cohorts by %1 of first purchase, %2; range %3 to %4, as of %5.</source>
        <translation>Kohorten nach erstem Kauf (%1), %2; Bereich %3 bis %4, Stichtag %5.</translation>
    </message>
    <message>
        <location filename="../cli/CohortsCommand.cpp" line="75"/>
        <source>Columns are ages (0 = the first period); * marks a partial period, blank cells are after the as-of date.</source>
        <translation>Spalten sind Alter (0 = der erste Zeitraum); * kennzeichnet einen unvollständigen Zeitraum, leere Zellen liegen nach dem Stichtag.</translation>
    </message>
    <message>
        <location filename="../cli/CohortsCommand.cpp" line="88"/>
        <source>Cohort</source>
        <translation>Kohorte</translation>
    </message>
    <message>
        <location filename="../cli/CohortsCommand.cpp" line="88"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../cli/CohortsCommand.cpp" line="101"/>
        <source>&quot;no prices&quot;: the cell&apos;s lines were imported without prices, so its money is unknown (not 0); ~ marks a value that leaves out lines without prices.</source>
        <translation>„keine Preise“: Die Zeilen der Zelle wurden ohne Preise importiert, daher ist ihr Geldbetrag unbekannt (nicht 0); ~ kennzeichnet einen Wert, der Zeilen ohne Preise auslässt.</translation>
    </message>
    <message>
        <location filename="../cli/CohortsCommand.cpp" line="105"/>
        <source>No customer made a first purchase in the range.</source>
        <translation>Kein Kunde hat im Bereich zum ersten Mal gekauft.</translation>
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
        <translation>storelens cohorts: Kunden, gruppiert nach der Woche (Beginn Montag), dem Monat oder dem Quartal ihres ersten Kaufs innerhalb der Filter und Zeitraum für Zeitraum verfolgt (METRICS.md, Abschnitt 4). --from/--to wählen die Kohorten, deren Zeitraum sie überschneidet (Standard: die 12 Monate bis zum Stichtag); jede Kohorte umfasst ihren ganzen Kalenderzeitraum, und Aktivität nach dem Bereich zählt weiterhin mit.
Kennzahlen: retention (Anteil der Kohorte, der im Zeitraum kauft), revenue (Nettoumsatz pro Kunde, einschließlich Retouren), cumulative_revenue (die Summe von revenue bis zu diesem Alter), orders (Bestellungen pro Kunde).
Exit-Status: 0 erledigt, 1 falscher Aufruf, 2 der Arbeitsbereich oder ein Filter wurde abgelehnt.

JSON (--format json): ein Objekt mit grain, metric, as_of, range {from, to}, age_count und
  cohorts [{label, from, to, size, cells [{age, value, reason, partial, buying_customers, orders, unpriced_lines,
           net_sales, cumulative_net_sales}]}], currency (der ISO-Code des Arbeitsbereichs, null, wenn nicht bekannt).
Zellen nach dem Stichtag fehlen (leer, nicht null). value ist bei retention ein Anteil, bei revenue und cumulative_revenue ein Geldbetrag pro Kunde, bei orders Bestellungen pro Kunde; net_sales sind die Summen der Zelle in Geld. Geldwerte einer Zelle, deren Zeilen ohne Preise importiert wurden, sind null mit reason &quot;no prices imported&quot; (nie 0); reason &quot;some lines without prices&quot; kennzeichnet Geldwerte, die solche Zeilen auslassen.
CSV (--format csv): cohort,cohort_from,size,age,value,partial,note; eine Zeile pro Zelle; value ist leer, und note sagt, warum, wenn der Geldwert unbekannt ist.</translation>
    </message>
    <message>
        <location filename="../cli/CohortsCommand.cpp" line="218"/>
        <source>Print the cohort matrix: retention, revenue or orders.</source>
        <translation>Die Kohortenmatrix ausgeben: Kundenbindung, Umsatz oder Bestellungen.</translation>
    </message>
    <message>
        <location filename="../cli/CohortsCommand.cpp" line="179"/>
        <source>What the cells show (default: retention).</source>
        <translation>Was die Zellen zeigen (Standard: retention).</translation>
    </message>
    <message>
        <location filename="../cli/CohortsCommand.cpp" line="59"/>
        <location filename="../cli/SegmentsCommand.cpp" line="129"/>
        <location filename="../cli/SegmentsCommand.cpp" line="157"/>
        <source>no prices</source>
        <translation>keine Preise</translation>
    </message>
    <message>
        <location filename="../cli/CohortsCommand.cpp" line="189"/>
        <source>--metric takes retention, revenue, cumulative_revenue or orders, not &quot;%1&quot;.</source>
        <translation>--metric erwartet retention, revenue, cumulative_revenue oder orders, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="651"/>
        <source>Import a CSV export into a workspace.</source>
        <translation>Einen CSV-Export in einen Arbeitsbereich importieren.</translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="57"/>
        <source>1 line (%1) of source &quot;%2&quot; from %3 to %4 is not in this file; it was kept. If the file is a re-export of those days, import it with --replace to remove it.</source>
        <translation>1 Zeile (%1) der Quelle „%2“ vom %3 bis %4 ist nicht in dieser Datei; sie wurde behalten. Wenn die Datei ein erneuter Export dieser Tage ist, importieren Sie sie mit --replace, um sie zu entfernen.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="103"/>
        <source>%1: StoreLens cannot tell what this file holds (likeliest first: %2).</source>
        <translation>%1: StoreLens kann nicht erkennen, was diese Datei enthält (wahrscheinlichste zuerst: %2).</translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="140"/>
        <source>order discounts %1</source>
        <translation>Bestellrabatte %1</translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="142"/>
        <source>shipping %1</source>
        <translation>Versand %1</translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="143"/>
        <source>Order-level money (%1) was spread over each order&apos;s lines: %2.</source>
        <translation>Beträge auf Bestellebene (%1) wurden auf die Zeilen jeder Bestellung verteilt: %2.</translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="188"/>
        <source>1 line has no price: money KPIs say &quot;no prices imported&quot; for it.</source>
        <translation>1 Zeile hat keinen Preis: Geld-Kennzahlen zeigen für sie „keine Preise importiert“.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="193"/>
        <source>column %1 &quot;%2&quot;</source>
        <translation>Spalte %1 „%2“</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="197"/>
        <source>%1 both name the field %2, and nothing in the file tells which one holds it. Nothing was imported.</source>
        <translation>%1 bezeichnen beide das Feld %2, und nichts in der Datei zeigt, welche davon es enthält. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="200"/>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="208"/>
        <source>The suggested profile was saved: set the field of the column to use (and clear the other), then import with --profile.</source>
        <translation>Das vorgeschlagene Profil wurde gespeichert: Tragen Sie das Feld bei der zu verwendenden Spalte ein (und entfernen Sie es bei der anderen) und importieren Sie dann mit --profile.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="210"/>
        <source>Save the suggested profile with --save-profile, set the field of the column to use (and clear the other), then import with --profile.</source>
        <translation>Speichern Sie das vorgeschlagene Profil mit --save-profile, tragen Sie das Feld bei der zu verwendenden Spalte ein (und entfernen Sie es bei der anderen) und importieren Sie dann mit --profile.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="222"/>
        <source>--cancel-status names values of the status column, and no column is mapped to the status; map one with --map &quot;COLUMN=status&quot;.</source>
        <translation>--cancel-status nennt Werte der Statusspalte, aber keine Spalte ist dem Status zugeordnet; ordnen Sie eine mit --map &quot;SPALTE=status&quot; zu.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="230"/>
        <source>--cancel-status takes a status value, such as &quot;Cancelado&quot;.</source>
        <translation>--cancel-status erwartet einen Statuswert, etwa &quot;Cancelado&quot;.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="249"/>
        <source>--not-sold-status names values of the status column, and no column is mapped to the status; map one with --map &quot;COLUMN=status&quot;.</source>
        <translation>--not-sold-status nennt Werte der Statusspalte, aber keine Spalte ist dem Status zugeordnet; ordnen Sie eine mit --map &quot;SPALTE=status&quot; zu.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="260"/>
        <source>--not-sold-status takes a status value, such as &quot;Pendiente&quot;.</source>
        <translation>--not-sold-status erwartet einen Statuswert, etwa &quot;Pendiente&quot;.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="272"/>
        <source>The CSV file to import.</source>
        <translation>Die zu importierende CSV-Datei.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="273"/>
        <source>The workspace file (created when missing).</source>
        <translation>Die Arbeitsbereichsdatei (wird angelegt, falls sie fehlt).</translation>
    </message>
    <message>
        <location filename="../cli/CliSupport.cpp" line="101"/>
        <location filename="../cli/CustomerCommand.cpp" line="21"/>
        <location filename="../cli/ImportCommand.cpp" line="274"/>
        <location filename="../cli/InfoCommand.cpp" line="71"/>
        <location filename="../cli/SampleCommand.cpp" line="54"/>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location filename="../cli/CustomerCommand.cpp" line="22"/>
        <source>The customer&apos;s id as imported.</source>
        <translation>Die Kundennummer, wie sie importiert wurde.</translation>
    </message>
    <message>
        <location filename="../cli/CustomerCommand.cpp" line="23"/>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../cli/CustomerCommand.cpp" line="59"/>
        <source>storelens customer export: everything the workspace holds on one customer (their customer record, their order lines, their figures, RFM scores, lifecycle stage, value tier and saved segments) as JSON or as CSV.</source>
        <translation>storelens customer export: alles, was der Arbeitsbereich über einen Kunden enthält (seinen Kundendatensatz, seine Bestellzeilen, seine Zahlen, RFM-Werte, Lebenszyklusphase, Wertstufe und gespeicherten Segmente), als JSON oder als CSV.</translation>
    </message>
    <message>
        <location filename="../cli/CustomerCommand.cpp" line="63"/>
        <source>json (default) or csv.</source>
        <translation>json (Standard) oder csv.</translation>
    </message>
    <message>
        <location filename="../cli/CustomerCommand.cpp" line="66"/>
        <source>The file to write (default: standard output).</source>
        <translation>Die zu schreibende Datei (Standard: Standardausgabe).</translation>
    </message>
    <message>
        <location filename="../cli/CustomerCommand.cpp" line="73"/>
        <source>--format takes json or csv.</source>
        <translation>--format erwartet json oder csv.</translation>
    </message>
    <message>
        <location filename="../cli/CustomerCommand.cpp" line="95"/>
        <source>The export could not be written: %1</source>
        <translation>Der Export konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../cli/CustomerCommand.cpp" line="99"/>
        <source>Wrote %1.</source>
        <translation>%1 geschrieben.</translation>
    </message>
    <message>
        <location filename="../cli/CustomerCommand.cpp" line="106"/>
        <source>storelens customer forget: removes one customer&apos;s personal data (their customer record) and turns their order lines into guest lines, so orders, net sales and units stay as they were and the customer count drops by one. This cannot be undone; without --yes nothing changes. A later orders import keeps their lines guest lines; importing a customer list that still holds them brings them back.</source>
        <translation>storelens customer forget: entfernt die persönlichen Daten eines Kunden (seinen Kundendatensatz) und macht seine Bestellpositionen zu Gastpositionen, sodass Bestellungen, Nettoumsatz und Stückzahlen bleiben, wie sie waren, und die Zahl der Kunden um eins sinkt. Das lässt sich nicht rückgängig machen; ohne --yes ändert sich nichts. Ein späterer Import von Bestellungen lässt seine Positionen Gastpositionen; der Import einer Kundenliste, die ihn noch enthält, holt ihn zurück.</translation>
    </message>
    <message>
        <location filename="../cli/CustomerCommand.cpp" line="113"/>
        <source>Forget the customer; do not only say who.</source>
        <translation>Den Kunden wirklich vergessen, nicht nur anzeigen, um wen es geht.</translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/CustomerCommand.cpp" line="131"/>
        <source>This would forget customer %1 (%2) and turn their %n order line(s) into guest lines. Add --yes to do it; it cannot be undone.</source>
        <translation>
            <numerusform>Dies würde Kunde %1 (%2) vergessen und seine %n Bestellzeile in eine Gastzeile umwandeln. Fügen Sie --yes hinzu, um es auszuführen; es lässt sich nicht rückgängig machen.</numerusform>
            <numerusform>Dies würde Kunde %1 (%2) vergessen und seine %n Bestellzeilen in Gastzeilen umwandeln. Fügen Sie --yes hinzu, um es auszuführen; es lässt sich nicht rückgängig machen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cli/CustomerCommand.cpp" line="134"/>
        <source>no name</source>
        <translation>kein Name</translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/CustomerCommand.cpp" line="141"/>
        <source>Forgot customer %1: %n order line(s) are now guest lines.</source>
        <translation>
            <numerusform>Kunde %1 vergessen: %n Bestellzeile ist jetzt eine Gastzeile.</numerusform>
            <numerusform>Kunde %1 vergessen: %n Bestellzeilen sind jetzt Gastzeilen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cli/CustomerCommand.cpp" line="146"/>
        <source>The workspace file could not be compacted (another program has it open); the removed data is overwritten but run the command again when it is closed.</source>
        <translation>Die Arbeitsbereichsdatei konnte nicht komprimiert werden (ein anderes Programm hat sie geöffnet); die entfernten Daten sind überschrieben, führen Sie den Befehl aber erneut aus, wenn die Datei geschlossen ist.</translation>
    </message>
    <message>
        <location filename="../cli/CustomerCommand.cpp" line="165"/>
        <source>Usage: storelens customer export|forget --workspace W --id ID
  export  everything the workspace holds on one customer, as JSON or CSV
  forget  remove one customer&apos;s personal data; sales totals stay as they were
storelens customer ACTION --help describes each.</source>
        <translation>Aufruf: storelens customer export|forget --workspace W --id ID
  export  alles, was der Arbeitsbereich über einen Kunden enthält, als JSON oder CSV
  forget  die personenbezogenen Daten eines Kunden entfernen; die Umsatzsummen bleiben unverändert
storelens customer AKTION --help beschreibt jede Aktion.</translation>
    </message>
    <message>
        <location filename="../cli/CustomerCommand.cpp" line="173"/>
        <source>storelens customer takes export or forget, not &quot;%1&quot;.</source>
        <translation>storelens customer erwartet export oder forget, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../cli/CustomerCommand.cpp" line="183"/>
        <source>Export one customer&apos;s data, or forget the customer (privacy).</source>
        <translation>Die Daten eines Kunden exportieren oder den Kunden vergessen (Datenschutz).</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="277"/>
        <source>What the file holds: orders, customers, products, inventory, traffic, staffing or marketing (default: detected from the header and values).</source>
        <translation>Was die Datei enthält: orders, customers, products, inventory, traffic, staffing oder marketing (Standard: aus Kopfzeile und Werten erkannt).</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="279"/>
        <source>entity</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="280"/>
        <source>An import profile (JSON) to apply.</source>
        <translation>Ein anzuwendendes Importprofil (JSON).</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="281"/>
        <location filename="../cli/ImportCommand.cpp" line="305"/>
        <source>profile.json</source>
        <translation>profil.json</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="284"/>
        <source>abort: the first bad row cancels the import (default); skip: bad rows are left out and listed, the rest is imported.</source>
        <translation>abort: Die erste fehlerhafte Zeile bricht den Import ab (Standard); skip: Fehlerhafte Zeilen werden ausgelassen und aufgelistet, der Rest wird importiert.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="288"/>
        <source>Check the whole file and count new, updated and unchanged rows without changing the workspace.</source>
        <translation>Die ganze Datei prüfen und neue, aktualisierte und unveränderte Zeilen zählen, ohne den Arbeitsbereich zu ändern.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="291"/>
        <source>The order of day and month in dates, when the file leaves it open.</source>
        <translation>Die Reihenfolge von Tag und Monat in Datumsangaben, wenn die Datei sie offenlässt.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="294"/>
        <source>The decimal separator of the numbers, when the file leaves it open.</source>
        <translation>Das Dezimaltrennzeichen der Zahlen, wenn die Datei es offenlässt.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="302"/>
        <source>COLUMN=FIELD</source>
        <translation>SPALTE=FELD</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="304"/>
        <source>Save the profile used (suggested or given) as JSON.</source>
        <translation>Das verwendete Profil (vorgeschlagen oder angegeben) als JSON speichern.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="307"/>
        <source>With --on-error skip: write the rejected rows to this CSV file.</source>
        <translation>Mit --on-error skip: die abgelehnten Zeilen in diese CSV-Datei schreiben.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="308"/>
        <source>rejected.csv</source>
        <translation>abgelehnt.csv</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="311"/>
        <source>Mark these SKUs (comma-separated; fees, postage, adjustments) &quot;not a product&quot;: their lines stay in sales, the products leave product rankings.</source>
        <translation>Diese Artikelnummern (durch Kommas getrennt; Gebühren, Porto, Korrekturen) als „kein Produkt“ markieren: Ihre Zeilen bleiben im Umsatz, die Produkte verlassen die Produktranglisten.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="313"/>
        <source>SKU,SKU</source>
        <translation>SKU,SKU</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="317"/>
        <source>Order lines: a SKU whose lines are not the store&apos;s sales, such as tips or deposits (repeatable, or comma-separated): its lines are not imported, so they make no order and no buying customer; the summary counts them and their money.</source>
        <translation>Bestellzeilen: eine Artikelnummer, deren Zeilen kein Umsatz des Geschäfts sind, etwa Trinkgeld oder Pfand (wiederholbar oder durch Kommas getrennt): ihre Zeilen werden nicht importiert, ergeben also keine Bestellung und keinen kaufenden Kunden; die Zusammenfassung zählt sie und ihren Betrag.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="320"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="324"/>
        <source>Order lines: keep tips (a SKU or product name such as Tip, Trinkgeld, Pourboire or Propina) in sales. A new profile leaves them out of sales, as the import wizard does; a profile saved before StoreLens did keeps them in.</source>
        <translation>Bestellzeilen: Trinkgeld (eine Artikelnummer oder ein Produktname wie Tip, Trinkgeld, Pourboire oder Propina) im Umsatz behalten. Ein neues Profil lässt es aus dem Umsatz heraus, wie der Importassistent; ein Profil, das gespeichert wurde, bevor StoreLens das tat, behält es im Umsatz.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="330"/>
        <source>Order lines: keep gift cards sold (a product such as Gift Card, Geschenkgutschein or Carte cadeau) in sales. A new profile leaves them out, as the import wizard does: the purchase paid with the card is the sale.</source>
        <translation>Bestellzeilen: verkaufte Gutscheine (ein Produkt wie Gift Card, Geschenkgutschein oder Carte cadeau) im Umsatz behalten. Ein neues Profil lässt sie heraus, wie der Import-Assistent: Der mit dem Gutschein bezahlte Einkauf ist der Umsatz.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="335"/>
        <source>Import order lines from a file without any price (a till log): orders, units and customers count, money KPIs say &quot;no prices imported&quot;.</source>
        <translation>Bestellzeilen aus einer Datei ganz ohne Preise importieren (ein Kassenprotokoll): Bestellungen, Artikel und Kunden zählen, Geld-Kennzahlen zeigen „keine Preise importiert“.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="339"/>
        <source>For a file without an order id: row (each row is an order, the default) or customer-day (one order per customer per day).</source>
        <translation>Für eine Datei ohne Bestellnummer: row (jede Zeile ist eine Bestellung, Standard) oder customer-day (eine Bestellung pro Kunde und Tag).</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="344"/>
        <source>Whether the line total column is before or after the line&apos;s discount (default: from the profile or the column&apos;s name).</source>
        <translation>Ob die Spalte mit der Zeilensumme vor oder nach dem Zeilenrabatt gilt (Standard: aus dem Profil oder dem Spaltennamen).</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="349"/>
        <source>Order-level discounts and shipping: spread exactly over each order&apos;s lines (default) or leave them out.</source>
        <translation>Rabatte und Versand auf Bestellebene: exakt auf die Zeilen jeder Bestellung verteilen (Standard) oder weglassen.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="360"/>
        <source>Order lines with an order discount and a line discount column: whether the order discount includes its lines&apos; discounts (only the rest is spread) or is separate from them (default: includes-lines for Shopify&apos;s Discount Amount beside Lineitem discount, else separate).</source>
        <translation>Bestellzeilen mit einer Spalte für den Bestellrabatt und einer für den Zeilenrabatt: ob der Bestellrabatt die Rabatte seiner Zeilen enthält (nur der Rest wird verteilt) oder getrennt von ihnen ist (Standard: includes-lines für Shopifys Discount Amount neben Lineitem discount, sonst separate).</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="372"/>
        <location filename="../cli/ImportCommand.cpp" line="402"/>
        <location filename="../cli/ImportMatchOptions.cpp" line="51"/>
        <location filename="../cli/SegmentsCommand.cpp" line="325"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="375"/>
        <source>Order lines: the file is the truth for its source on the days it covers (its first to last day): lines of that source on those days that the file no longer holds are removed. Without it nothing is ever removed.</source>
        <translation>Bestellzeilen: Die Datei ist maßgeblich für ihre Quelle an den Tagen, die sie abdeckt (vom ersten bis zum letzten Tag): Zeilen dieser Quelle an diesen Tagen, die die Datei nicht mehr enthält, werden entfernt. Ohne diese Option wird nie etwas entfernt.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="380"/>
        <source>Order lines: customer ids or e-mail addresses (comma-separated) that stand for no one, such as a till&apos;s placeholder on every walk-in sale: their lines are imported as guest sales, without a customer.</source>
        <translation>Bestellzeilen: Kunden-IDs oder E-Mail-Adressen (durch Kommas getrennt), die für niemanden stehen, etwa der Platzhalter einer Kasse bei jedem Laufkundenverkauf: Ihre Zeilen werden als Gastverkäufe ohne Kunde importiert.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="383"/>
        <source>ID,ID</source>
        <translation>ID,ID</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="386"/>
        <source>Order lines: a value of the status column that marks a cancelled or refunded order (repeatable), besides the usual ones (cancelled, refunded, Cancelado, Annulé, ...): its orders count as a sale and a return.</source>
        <translation>Bestellzeilen: ein Wert der Statusspalte, der eine stornierte oder erstattete Bestellung kennzeichnet (wiederholbar), neben den üblichen (cancelled, refunded, Cancelado, Annulé, ...): ihre Bestellungen zählen als Verkauf und Retoure.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="389"/>
        <location filename="../cli/ImportCommand.cpp" line="395"/>
        <source>VALUE</source>
        <translation>WERT</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="392"/>
        <source>Order lines: a value of the status column that means the order was not paid (repeatable), besides the usual ones (pending, failed, Pendiente, ...): its orders are left out.</source>
        <translation>Bestellzeilen: ein Wert der Statusspalte, der bedeutet, dass die Bestellung nicht bezahlt wurde (wiederholbar), neben den üblichen (pending, failed, Pendiente, ...): ihre Bestellungen werden ausgelassen.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="400"/>
        <source>Order lines: the channel of lines the file gives none (default: &quot;Online&quot; for a web shop&apos;s export StoreLens recognises, else &quot;In store&quot;).</source>
        <translation>Bestellzeilen: der Kanal der Zeilen, für die die Datei keinen angibt (Standard: „Online“ für den Export eines Webshops, den StoreLens erkennt, sonst „Im Laden“).</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="431"/>
        <source>Name exactly one CSV file to import.</source>
        <translation>Geben Sie genau eine zu importierende CSV-Datei an.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="440"/>
        <source>Unknown --entity &quot;%1&quot;.</source>
        <translation>Unbekannter --entity-Wert „%1“.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="448"/>
        <source>--on-error takes abort or skip.</source>
        <translation>--on-error erwartet abort oder skip.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="475"/>
        <source>Using the import profile &quot;%1&quot; that the workspace keeps for files with this header (--profile FILE uses another).</source>
        <translation>Das Importprofil „%1“ wird verwendet, das der Arbeitsbereich für Dateien mit dieser Kopfzeile aufbewahrt (--profile DATEI verwendet ein anderes).</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="495"/>
        <source>--date-order takes dmy, mdy or ymd.</source>
        <translation>--date-order erwartet dmy, mdy oder ymd.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="503"/>
        <source>--decimal takes . or ,.</source>
        <translation>--decimal erwartet . oder ,.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="521"/>
        <source>--orders-without-id takes row or customer-day.</source>
        <translation>--orders-without-id erwartet row oder customer-day.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="526"/>
        <source>--line-total takes before-discount or after-discount.</source>
        <translation>--line-total erwartet before-discount oder after-discount.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="532"/>
        <source>--order-money takes spread or leave-out.</source>
        <translation>--order-money erwartet spread oder leave-out.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="535"/>
        <source>--order-discount takes includes-lines or separate.</source>
        <translation>--order-discount erwartet includes-lines oder separate.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="552"/>
        <source>--source takes a name.</source>
        <translation>--source erwartet einen Namen.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="559"/>
        <source>--channel takes a name, for order lines.</source>
        <translation>--channel erwartet einen Namen, für Bestellzeilen.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="653"/>
        <source>storelens import: reads a CSV export (orders, customers, products, inventory, traffic, staffing or marketing spend) into a workspace, in one transaction. Without --profile the profile the workspace keeps for files with this header (saved by the import wizard) is used; without one, the columns are mapped from the header names, and what the file holds is read from its header and values; when that is not clear, name it with --entity. Exit status: 0 imported, 1 bad usage, 2 input rejected (the message names file, line, column and reason, or the --entity choices; nothing is imported).</source>
        <translation>storelens import: liest einen CSV-Export (Bestellungen, Kunden, Produkte, Lagerbestand, Besucherfrequenz, Personalbestand oder Marketingausgaben) in einer einzigen Transaktion in einen Arbeitsbereich ein. Ohne --profile wird das Profil verwendet, das der Arbeitsbereich für Dateien mit dieser Kopfzeile aufbewahrt (vom Importassistenten gespeichert); gibt es keines, werden die Spalten anhand der Kopfzeilennamen zugeordnet, und was die Datei enthält, wird aus Kopfzeile und Werten erkannt; ist das nicht eindeutig, geben Sie es mit --entity an. Exit-Status: 0 importiert, 1 falscher Aufruf, 2 Eingabe abgelehnt (die Meldung nennt Datei, Zeile, Spalte und Grund oder die Auswahl für --entity; es wird nichts importiert).</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="102"/>
        <source>%1: StoreLens cannot tell what this file holds.</source>
        <translation>%1: StoreLens kann nicht erkennen, was diese Datei enthält.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="71"/>
        <source>--not-sales takes SKUs, for order lines.</source>
        <translation>--not-sales erwartet Artikelnummern, für Bestellzeilen.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="75"/>
        <source>--keep-tips is for order lines.</source>
        <translation>--keep-tips gilt für Bestellzeilen.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="79"/>
        <source>--keep-gift-cards is for order lines.</source>
        <translation>--keep-gift-cards gilt für Bestellzeilen.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="106"/>
        <source>Name it with --entity orders, customers, products, inventory, traffic, staffing or marketing. Nothing was imported.</source>
        <translation>Geben Sie es mit --entity orders, customers, products, inventory, traffic, staffing oder marketing an. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="33"/>
        <source>Source &quot;%1&quot;: lines added %2 (%3); changed %4 (%5 before, %6 after); unchanged %7 (%8); removed %9 (%10)</source>
        <translation>Quelle „%1“: Zeilen hinzugefügt %2 (%3); geändert %4 (%5 vorher, %6 nachher); unverändert %7 (%8); entfernt %9 (%10)</translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/ImportSummary.cpp" line="46"/>
        <source>%n order(s) already in the workspace have new refunds or cancellations (%1): each refund becomes a return, dated on the refund date the file gives or else on the order&apos;s day, so the months of those orders change.</source>
        <translation>
            <numerusform>%n Bestellung, die schon im Arbeitsbereich ist, hat eine neue Erstattung oder Stornierung (%1): Jede Erstattung wird zu einer Rückgabe, datiert auf das Erstattungsdatum aus der Datei oder sonst auf den Tag der Bestellung; die Monate dieser Bestellung ändern sich.</numerusform>
            <numerusform>%n Bestellungen, die schon im Arbeitsbereich sind, haben neue Erstattungen oder Stornierungen (%1): Jede Erstattung wird zu einer Rückgabe, datiert auf das Erstattungsdatum aus der Datei oder sonst auf den Tag der Bestellung; die Monate dieser Bestellungen ändern sich.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="55"/>
        <source>(--source names it; --replace is refused for such a file.)</source>
        <translation>(--source benennt sie; --replace wird für eine solche Datei abgelehnt.)</translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="64"/>
        <source>%1 lines (%2) of source &quot;%3&quot; from %4 to %5 are not in this file; they were kept. If the file is a re-export of those days, import it with --replace to remove them.</source>
        <translation>%1 Zeilen (%2) der Quelle „%3“ vom %4 bis %5 sind nicht in dieser Datei; sie wurden behalten. Wenn die Datei ein erneuter Export dieser Tage ist, importieren Sie sie mit --replace, um sie zu entfernen.</translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="87"/>
        <source>Line totals (&quot;%1&quot;) are after the line discount: gross = total + discount.</source>
        <translation>Zeilensummen („%1“) gelten nach dem Zeilenrabatt: brutto = Summe + Rabatt.</translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="89"/>
        <source>Line totals (&quot;%1&quot;) are before the line discount.</source>
        <translation>Zeilensummen („%1“) gelten vor dem Zeilenrabatt.</translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="94"/>
        <source>Discounts (&quot;%1&quot;) are rates (0.2 = 20 %).</source>
        <translation>Rabatte („%1“) sind Sätze (0,2 = 20 %).</translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="97"/>
        <source>Discounts (&quot;%1&quot;) are percentages (20 = 20 %).</source>
        <translation>Rabatte („%1“) sind Prozentsätze (20 = 20 %).</translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/ImportSummary.cpp" line="101"/>
        <source>Warning: on %n line(s) the discount in &quot;%1&quot; is larger than the line itself; if the column holds percentages (20 = 20 %), map it with --map &quot;%1=discount_percent&quot;.</source>
        <translation>
            <numerusform>Warnung: Auf %n Zeile ist der Rabatt in „%1“ größer als die Zeile selbst; enthält die Spalte Prozente (20 = 20 %), ordnen Sie sie mit --map &quot;%1=discount_percent&quot; zu.</numerusform>
            <numerusform>Warnung: Auf %n Zeilen ist der Rabatt in „%1“ größer als die Zeile selbst; enthält die Spalte Prozente (20 = 20 %), ordnen Sie sie mit --map &quot;%1=discount_percent&quot; zu.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="108"/>
        <source>Warning: every discount in &quot;%1&quot; is below 1; if they are rates (0.2 = 20 %), map the column as a discount rate.</source>
        <translation>Warnung: Jeder Rabatt in „%1“ ist kleiner als 1; wenn es Sätze sind (0,2 = 20 %), ordnen Sie die Spalte als Rabattsatz zu.</translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="113"/>
        <source>Warning: every line of each of the %1 discounted orders of several lines (such as order %2) carries the same discount in &quot;%3&quot;; if it is the order&apos;s discount repeated on each line, map the column as the order discount (it is counted %4 too often now).</source>
        <translation>Warnung: Jede Zeile jeder der %1 rabattierten Bestellungen mit mehreren Zeilen (etwa Bestellung %2) trägt denselben Rabatt in „%3“; wenn es der auf jeder Zeile wiederholte Bestellrabatt ist, ordnen Sie die Spalte als Bestellrabatt zu (er wird jetzt um %4 zu oft gezählt).</translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="123"/>
        <source>Warning: in each of the %1 discounted orders of several lines (such as order %2) only the first line carries a discount in &quot;%3&quot;; if it is the order&apos;s discount, given once per order, map it with --map &quot;%3=order_discount&quot; (it is then spread over the order&apos;s lines).</source>
        <translation>Warnung: In jeder der %1 rabattierten Bestellungen mit mehreren Zeilen (etwa Bestellung %2) trägt nur die erste Zeile einen Rabatt in „%3“; wenn es der Rabatt der Bestellung ist, einmal pro Bestellung angegeben, ordnen Sie die Spalte mit --map &quot;%3=order_discount&quot; zu (er wird dann auf die Zeilen der Bestellung verteilt).</translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="148"/>
        <source>Order-level money (%1) was left out.</source>
        <translation>Beträge auf Bestellebene (%1) wurden weggelassen.</translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="151"/>
        <source>Shipping (%1) was left out: shipping is not sales.</source>
        <translation>Versandkosten (%1) wurden ausgelassen: Versandkosten sind kein Umsatz.</translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="154"/>
        <source>Shipping (%1) was left out: %2; shipping is not sales (--shipping sales counts it in).</source>
        <translation>Versand (%1) blieb außen vor: %2; Versand ist kein Umsatz (--shipping sales zählt ihn mit).</translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="160"/>
        <source>%1 of order-level money was left out: its orders have no sale line to carry it.</source>
        <translation>%1 an Beträgen auf Bestellebene wurden weggelassen: Ihre Bestellungen haben keine Verkaufszeile, die sie tragen könnte.</translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="167"/>
        <source>Refunds (&quot;%1&quot;): none beyond the orders whose status already makes them returns.</source>
        <translation>Erstattungen („%1“): keine über die Bestellungen hinaus, die ihr Status schon zu Retouren macht.</translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="174"/>
        <source>Refunds (&quot;%1&quot;) counted as returns: %2, of 1 order whose status does not say refunded.</source>
        <translation>Erstattungen („%1“) als Retouren gezählt: %2, aus 1 Bestellung, deren Status nicht „erstattet“ lautet.</translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="177"/>
        <source>Refunds (&quot;%1&quot;) counted as returns: %2, of %3 orders whose status does not say refunded.</source>
        <translation>Erstattungen („%1“) als Retouren gezählt: %2, aus %3 Bestellungen, deren Status nicht „erstattet“ lautet.</translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="183"/>
        <source>%1 of refunds beyond their orders&apos; sales was left out: it refunded tax or shipping, which are not sales.</source>
        <translation>%1 an Erstattungen über den Umsatz ihrer Bestellungen hinaus wurde ausgelassen: Damit wurden Steuern oder Versand erstattet, die kein Umsatz sind.</translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="190"/>
        <source>%1 lines have no price: money KPIs say &quot;no prices imported&quot; for them.</source>
        <translation>%1 Zeilen haben keinen Preis: Geld-Kennzahlen zeigen für sie „keine Preise importiert“.</translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="205"/>
        <source>The order discounts (%1) include their lines&apos; discounts (%2): %3 of them is on the lines already and counts once (--order-discount separate counts both).</source>
        <translation>Die Bestellrabatte (%1) enthalten die Rabatte ihrer Zeilen (%2): %3 davon stehen schon auf den Zeilen und zählen einmal (--order-discount separate zählt beide).</translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/ImportSummary.cpp" line="211"/>
        <source>Warning: in %n order(s) (such as order %1) the lines&apos; discounts (%2) are more than the order&apos;s discount (%3); the lines&apos; discounts count.</source>
        <translation>
            <numerusform>Warnung: In %n Bestellung (etwa Bestellung %1) sind die Rabatte der Zeilen (%2) höher als der Rabatt der Bestellung (%3); die Rabatte der Zeilen zählen.</numerusform>
            <numerusform>Warnung: In %n Bestellungen (etwa Bestellung %1) sind die Rabatte der Zeilen (%2) höher als der Rabatt der Bestellung (%3); die Rabatte der Zeilen zählen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="264"/>
        <source>Dry run of %1 (%2): nothing was changed.</source>
        <translation>Probelauf von %1 (%2): Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="265"/>
        <source>Imported %1 (%2).</source>
        <translation>%1 importiert (%2).</translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="269"/>
        <source>Rows read: %1; order lines new: %2; updated: %3; unchanged: %4; rejected: %5</source>
        <translation>Gelesene Zeilen: %1; neue Bestellzeilen: %2; aktualisiert: %3; unverändert: %4; abgelehnt: %5</translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="271"/>
        <source>Rows read: %1; new: %2; updated: %3; unchanged: %4; rejected: %5</source>
        <translation>Gelesene Zeilen: %1; neu: %2; aktualisiert: %3; unverändert: %4; abgelehnt: %5</translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="293"/>
        <location filename="../cli/InfoCommand.cpp" line="51"/>
        <location filename="../cli/SegmentsCommand.cpp" line="306"/>
        <source>no prices imported</source>
        <translation>keine Preise importiert</translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="295"/>
        <source>Dates: %1 to %2; orders %3; gross sales %4; discounts %5; returns %6; net sales %7</source>
        <translation>Datumsangaben: %1 bis %2; Bestellungen %3; Bruttoumsatz %4; Rabatte %5; Retouren %6; Nettoumsatz %7</translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="303"/>
        <source>Left out of sales: %1.</source>
        <translation>Aus dem Umsatz herausgelassen: %1.</translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="307"/>
        <source>Data quality:</source>
        <translation>Datenqualität:</translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="313"/>
        <source>To import their lines as guest sales, import again with --guest-ids &quot;%1&quot; (--save-profile keeps it for the next export).</source>
        <translation>Um diese Zeilen als Gastverkäufe zu importieren, importieren Sie erneut mit --guest-ids &quot;%1&quot; (--save-profile merkt es sich für den nächsten Export).</translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="321"/>
        <source>Marked &quot;not a product&quot;: %1 products.</source>
        <translation>Als „kein Produkt“ markiert: %1 Produkte.</translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="324"/>
        <source>To mark the fee-like SKUs, import again with --not-a-product &quot;%1&quot;</source>
        <translation>Um die gebührenartigen Artikelnummern zu markieren, importieren Sie erneut mit --not-a-product &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="328"/>
        <source>Tips are not the store&apos;s sales: to leave them out, import again with --not-sales &quot;%1&quot; (--save-profile keeps it for the next export).</source>
        <translation>Trinkgeld ist kein Umsatz des Geschäfts: Um es herauszulassen, importieren Sie erneut mit --not-sales &quot;%1&quot; (--save-profile merkt es sich für den nächsten Export).</translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="334"/>
        <source>Tips belong to the staff and are left out of sales (%1): to count them in sales, import again with --keep-tips.</source>
        <translation>Trinkgeld gehört dem Personal und wird aus dem Umsatz herausgelassen (%1): Um es im Umsatz zu zählen, importieren Sie erneut mit --keep-tips.</translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="339"/>
        <source>A gift card sold is a sale when it is spent, so gift cards are left out of sales (%1): to count them when sold, import again with --keep-gift-cards.</source>
        <translation>Ein verkaufter Gutschein wird zum Umsatz, wenn er eingelöst wird, daher bleiben Gutscheine außerhalb des Umsatzes (%1): Um sie beim Verkauf zu zählen, importieren Sie erneut mit --keep-gift-cards.</translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="349"/>
        <source>column &quot;%1&quot;, value &quot;%2&quot;: %3</source>
        <translation>Spalte „%1“, Wert „%2“: %3</translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="356"/>
        <source>... and %1 more rejected rows.</source>
        <translation>... und %1 weitere abgelehnte Zeilen.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="298"/>
        <source>Map a column to a field by its key, or leave it out with an empty key (repeatable): &quot;Einzelpreis brutto=unit_price&quot;. An order ID in two columns (a till&apos;s series and number): &quot;Serie=order_series&quot; beside &quot;Número=order_id&quot; makes ticket T1/5.</source>
        <translation>Eine Spalte über den Schlüssel eines Feldes zuordnen oder mit leerem Schlüssel auslassen (wiederholbar): „Einzelpreis brutto=unit_price“. Eine Bestellnummer in zwei Spalten (Serie und Nummer einer Kasse): „Serie=order_series“ neben „Número=order_id“ ergibt den Beleg T1/5.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="354"/>
        <source>A column mapped as shipping: left out of sales (default: shipping is not sales) or spread over each order&apos;s lines as sales.</source>
        <translation>Eine als Versand zugeordnete Spalte: aus dem Umsatz herausgelassen (Standard: Versand ist kein Umsatz) oder als Umsatz auf die Zeilen jeder Bestellung verteilt.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="367"/>
        <source>Order lines: the system the export comes from (the till, the web shop, an ERP export); an order is its source and its order id (default: the profile&apos;s source, else the system of an export StoreLens recognises, such as &quot;Squarespace&quot;, else &quot;Web shop&quot; for a web shop&apos;s export and &quot;Till&quot; for any other; &quot;Default&quot; while the workspace holds lines imported into it).</source>
        <translation>Bestellzeilen: das System, aus dem der Export stammt (die Kasse, der Webshop, ein ERP-Export); eine Bestellung ist ihre Quelle plus ihre Bestellnummer (Standard: die Quelle des Profils, sonst das System eines Exports, den StoreLens erkennt, etwa „Squarespace“, sonst „Webshop“ für den Export eines Webshops und „Kasse“ für jeden anderen; „Standard“, solange der Arbeitsbereich dorthin importierte Zeilen enthält).</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="407"/>
        <source>Order lines with an e-mail or phone column: a line&apos;s customer becomes the workspace&apos;s customer with its e-mail address or, without one, its phone number (else the address keys it, or the id without one), so that a person the till and the web shop both know counts once.</source>
        <translation>Bestellpositionen mit einer E-Mail- oder Telefonspalte: Der Kunde einer Position wird der Kunde des Arbeitsbereichs mit ihrer E-Mail-Adresse oder, ohne eine, mit ihrer Telefonnummer (sonst wird er über die Adresse erkannt, ohne eine über die Nummer), damit eine Person, die Kasse und Webshop beide kennen, einmal zählt.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="529"/>
        <source>--shipping takes sales or left-out.</source>
        <translation>--shipping nimmt sales oder left-out.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="579"/>
        <source>--customers-by-email needs an e-mail or phone column; map one with --map &quot;COLUMN=customer_email&quot; or --map &quot;COLUMN=customer_phone&quot;.</source>
        <translation>--customers-by-email braucht eine E-Mail- oder Telefonspalte; ordnen Sie eine mit --map &quot;SPALTE=customer_email&quot; oder --map &quot;SPALTE=customer_phone&quot; zu.</translation>
    </message>
    <message>
        <location filename="../cli/InfoCommand.cpp" line="23"/>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../cli/InfoCommand.cpp" line="24"/>
        <source>Order lines</source>
        <translation>Bestellzeilen</translation>
    </message>
    <message>
        <location filename="../cli/InfoCommand.cpp" line="25"/>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location filename="../cli/InfoCommand.cpp" line="26"/>
        <source>Orders (with a sale)</source>
        <translation>Bestellungen (mit Verkauf)</translation>
    </message>
    <message>
        <location filename="../cli/InfoCommand.cpp" line="27"/>
        <source>Order ids (incl. return-only)</source>
        <translation>Bestellnummern (inkl. reiner Retouren)</translation>
    </message>
    <message>
        <location filename="../cli/InfoCommand.cpp" line="28"/>
        <source>Return lines</source>
        <translation>Retourenzeilen</translation>
    </message>
    <message>
        <location filename="../cli/InfoCommand.cpp" line="29"/>
        <source>Guest lines</source>
        <translation>Gastzeilen</translation>
    </message>
    <message>
        <location filename="../cli/InfoCommand.cpp" line="32"/>
        <source>Customers named in orders</source>
        <translation>In Bestellungen genannte Kunden</translation>
    </message>
    <message>
        <location filename="../cli/InfoCommand.cpp" line="33"/>
        <source>Customer records in no order</source>
        <translation>Kundendatensätze ohne Bestellung</translation>
    </message>
    <message>
        <location filename="../cli/InfoCommand.cpp" line="34"/>
        <source>Buying customers (with a sale)</source>
        <translation>Kaufende Kunden (mit Verkauf)</translation>
    </message>
    <message>
        <location filename="../cli/InfoCommand.cpp" line="35"/>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <location filename="../cli/InfoCommand.cpp" line="36"/>
        <source>Stores</source>
        <translation>Filialen</translation>
    </message>
    <message>
        <location filename="../cli/InfoCommand.cpp" line="37"/>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <location filename="../cli/InfoCommand.cpp" line="38"/>
        <source>Inventory rows</source>
        <translation>Lagerbestandszeilen</translation>
    </message>
    <message>
        <location filename="../cli/InfoCommand.cpp" line="39"/>
        <source>Traffic rows</source>
        <translation>Besucherfrequenzzeilen</translation>
    </message>
    <message>
        <location filename="../cli/InfoCommand.cpp" line="40"/>
        <source>Staffing rows</source>
        <translation>Personalbestandszeilen</translation>
    </message>
    <message>
        <location filename="../cli/InfoCommand.cpp" line="41"/>
        <source>Marketing rows</source>
        <translation>Marketingzeilen</translation>
    </message>
    <message>
        <location filename="../cli/InfoCommand.cpp" line="42"/>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <location filename="../cli/InfoCommand.cpp" line="43"/>
        <source>As-of day</source>
        <translation>Stichtag</translation>
    </message>
    <message>
        <location filename="../cli/InfoCommand.cpp" line="47"/>
        <source>Lines without prices</source>
        <translation>Zeilen ohne Preise</translation>
    </message>
    <message>
        <location filename="../cli/InfoCommand.cpp" line="53"/>
        <source>Gross sales</source>
        <translation>Bruttoumsatz</translation>
    </message>
    <message>
        <location filename="../cli/InfoCommand.cpp" line="54"/>
        <source>Discounts</source>
        <translation>Rabatte</translation>
    </message>
    <message>
        <location filename="../cli/InfoCommand.cpp" line="55"/>
        <source>Returns</source>
        <translation>Retouren</translation>
    </message>
    <message>
        <location filename="../cli/InfoCommand.cpp" line="56"/>
        <location filename="../cli/SegmentsCommand.cpp" line="122"/>
        <location filename="../cli/SegmentsCommand.cpp" line="147"/>
        <source>Net sales</source>
        <translation>Nettoumsatz</translation>
    </message>
    <message>
        <location filename="../cli/InfoCommand.cpp" line="135"/>
        <source>storelens info: row counts, the date range and gross / net sales of a workspace. JSON fields: order_lines, sources, orders (distinct source and order id with a sale line, as the KPIs count them), order_ids (also return-only orders), return_lines, guest_lines, customers (every customer record, those of a customers export that no order names included), customers_in_orders (customers an order line names), customers_without_orders (customer records no order line names), buying_customers (identified customers with a sale line), products, stores, channels, first_day, as_of, unpriced_lines, gross_sales, discounts, returns, net_sales (money as decimal strings with 4 places; null when every line was imported without prices), currency (the workspace&apos;s ISO code, null when not known).</source>
        <translation>storelens info: Zeilenzahlen, der Datumsbereich sowie Brutto- und Nettoumsatz eines Arbeitsbereichs. JSON-Felder: order_lines, sources, orders (verschiedene Quellen- und Bestellnummern mit einer Verkaufszeile, so wie die Kennzahlen sie zählen), order_ids (auch Bestellungen nur mit Retouren), return_lines, guest_lines, customers (alle Kundendatensätze, auch die eines Kundenexports, die keine Bestellung nennt), customers_in_orders (Kunden, die eine Bestellzeile nennt), customers_without_orders (Kundendatensätze, die keine Bestellzeile nennt), buying_customers (identifizierte Kunden mit einer Verkaufszeile), products, stores, channels, first_day, as_of, unpriced_lines, gross_sales, discounts, returns, net_sales (Geldbeträge als Dezimalzeichenketten mit 4 Stellen; null, wenn alle Zeilen ohne Preise importiert wurden), currency (der ISO-Code des Arbeitsbereichs, null, wenn nicht bekannt).</translation>
    </message>
    <message>
        <location filename="../cli/InfoCommand.cpp" line="133"/>
        <source>Show what a workspace holds: rows, dates and totals.</source>
        <translation>Anzeigen, was ein Arbeitsbereich enthält: Zeilen, Datumsangaben und Summen.</translation>
    </message>
    <message>
        <location filename="../cli/CustomerCommand.cpp" line="20"/>
        <location filename="../cli/InfoCommand.cpp" line="71"/>
        <source>The workspace file.</source>
        <translation>Die Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <location filename="../cli/InfoCommand.cpp" line="72"/>
        <source>table (default) or json.</source>
        <translation>table (Standard) oder json.</translation>
    </message>
    <message>
        <location filename="../cli/InfoCommand.cpp" line="121"/>
        <source>--format takes table or json.</source>
        <translation>--format erwartet table oder json.</translation>
    </message>
    <message>
        <location filename="../cli/ExplainCommand.cpp" line="202"/>
        <location filename="../cli/KpiCommand.cpp" line="54"/>
        <source>Period: %1 to %2</source>
        <translation>Zeitraum: %1 bis %2</translation>
    </message>
    <message>
        <location filename="../cli/ExplainCommand.cpp" line="205"/>
        <location filename="../cli/KpiCommand.cpp" line="57"/>
        <source>compared with %1 to %2</source>
        <translation>verglichen mit %1 bis %2</translation>
    </message>
    <message>
        <location filename="../cli/KpiCommand.cpp" line="59"/>
        <source>as of %1</source>
        <translation>Stichtag %1</translation>
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
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location filename="../cli/KpiCommand.cpp" line="64"/>
        <source>KPI</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <location filename="../cli/ExplainCommand.cpp" line="226"/>
        <location filename="../cli/KpiCommand.cpp" line="65"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../cli/ExplainCommand.cpp" line="225"/>
        <location filename="../cli/KpiCommand.cpp" line="66"/>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <location filename="../cli/ExplainCommand.cpp" line="167"/>
        <source>Store</source>
        <translation>Filiale</translation>
    </message>
    <message>
        <location filename="../cli/ExplainCommand.cpp" line="169"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../cli/ExplainCommand.cpp" line="171"/>
        <location filename="../cli/SegmentsCommand.cpp" line="143"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../cli/ExplainCommand.cpp" line="173"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../cli/ExplainCommand.cpp" line="175"/>
        <source>New or returning</source>
        <translation>Neu oder wiederkehrend</translation>
    </message>
    <message>
        <location filename="../cli/ExplainCommand.cpp" line="177"/>
        <source>Saved segment</source>
        <translation>Gespeichertes Segment</translation>
    </message>
    <message>
        <location filename="../cli/ExplainCommand.cpp" line="179"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../cli/ExplainCommand.cpp" line="217"/>
        <source>Bridge</source>
        <translation>Brücke (Treiber)</translation>
    </message>
    <message>
        <location filename="../cli/ExplainCommand.cpp" line="217"/>
        <source>Effect</source>
        <translation>Effekt</translation>
    </message>
    <message>
        <location filename="../cli/ExplainCommand.cpp" line="227"/>
        <source>Mix</source>
        <translation>Mix</translation>
    </message>
    <message>
        <location filename="../cli/ExplainCommand.cpp" line="229"/>
        <location filename="../cli/KpiCommand.cpp" line="67"/>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <location filename="../cli/ExplainCommand.cpp" line="301"/>
        <source>storelens explain: where the change of a KPI between the comparison period and the period came from (METRICS.md section 9): the driver bridge of net sales, the contributions by dimension (mix and rate for ratios) and whether the change is beyond normal variation. A source whose data ends early is named first with its part of the change, and the change is then not judged against normal variation.
Exit status: 0 done (also when the KPI has no defined explanation: the reason is printed), 1 bad usage, 2 the workspace or a filter was rejected.
JSON fields are listed in README.md (&quot;storelens explain&quot;).</source>
        <translation>storelens explain: woher die Veränderung einer Kennzahl zwischen dem Vergleichszeitraum und dem Zeitraum kam (METRICS.md, Abschnitt 9): die Treiberbrücke des Nettoumsatzes, die Beiträge nach Dimension (Mix und Satz bei Verhältniszahlen) und ob die Veränderung über die normale Schwankung hinausgeht. Eine Quelle, deren Daten früh enden, wird zuerst mit ihrem Anteil an der Veränderung genannt, und die Veränderung wird dann nicht an der normalen Schwankung gemessen.
Exit-Status: 0 erledigt (auch wenn es für die Kennzahl keine festgelegte Erklärung gibt: der Grund wird ausgegeben), 1 falscher Aufruf, 2 der Arbeitsbereich oder ein Filter wurde abgelehnt.
Die JSON-Felder sind in README.md aufgeführt (&quot;storelens explain&quot;).</translation>
    </message>
    <message>
        <location filename="../cli/ExplainCommand.cpp" line="228"/>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <location filename="../cli/ExplainCommand.cpp" line="241"/>
        <source>The KPI to explain, a key of `storelens kpi` (net_sales, aov, conversion_rate, kept_customers, …; default net_sales).</source>
        <translation>Die zu erklärende Kennzahl, ein Schlüssel von `storelens kpi` (net_sales, aov, conversion_rate, kept_customers, …; Standard net_sales).</translation>
    </message>
    <message>
        <location filename="../cli/ExplainCommand.cpp" line="259"/>
        <source>Unknown KPI &quot;%1&quot;; use a key of `storelens kpi`, e.g. net_sales.</source>
        <translation>Unbekannte Kennzahl „%1“; verwenden Sie einen Schlüssel von `storelens kpi`, z. B. net_sales.</translation>
    </message>
    <message>
        <location filename="../cli/ExplainCommand.cpp" line="243"/>
        <source>KEY</source>
        <translation>SCHLÜSSEL</translation>
    </message>
    <message>
        <location filename="../cli/ExplainCommand.cpp" line="246"/>
        <source>A dimension to split by (repeatable; default all): store, channel, country, category, customer_type, segment (saved segments), source (where the lines were imported from).</source>
        <translation>Eine Dimension zum Aufteilen (wiederholbar; Standard alle): store, channel, country, category, customer_type, segment (gespeicherte Segmente), source (woher die Zeilen importiert wurden).</translation>
    </message>
    <message>
        <location filename="../cli/ExplainCommand.cpp" line="249"/>
        <source>DIMENSION</source>
        <translation>DIMENSION</translation>
    </message>
    <message>
        <location filename="../cli/ExplainCommand.cpp" line="268"/>
        <source>Unknown dimension &quot;%1&quot;; use store, channel, country, category, customer_type, segment or source.</source>
        <translation>Unbekannte Dimension „%1“; verwenden Sie store, channel, country, category, customer_type, segment oder source.</translation>
    </message>
    <message>
        <location filename="../cli/ExplainCommand.cpp" line="299"/>
        <source>Explain where the change of a KPI came from.</source>
        <translation>Erklären, woher die Veränderung einer Kennzahl kommt.</translation>
    </message>
    <message>
        <location filename="../cli/KpiCommand.cpp" line="68"/>
        <source>Change %</source>
        <translation>Veränderung %</translation>
    </message>
    <message>
        <location filename="../cli/KpiCommand.cpp" line="76"/>
        <source>not comparable</source>
        <translation>nicht vergleichbar</translation>
    </message>
    <message>
        <location filename="../cli/KpiCommand.cpp" line="79"/>
        <source>%1 pp</source>
        <translation>%1 Pp.</translation>
    </message>
    <message>
        <location filename="../cli/KpiCommand.cpp" line="90"/>
        <source>Abbreviations: %1.</source>
        <translation>Abkürzungen: %1.</translation>
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
        <translation>storelens kpi: alle Umsatz- und Kundenkennzahlen eines Zeitraums (METRICS.md Abschnitte 2 und 3) mit ihrem Vergleich. Der Standardzeitraum sind die 12 Monate bis zum Stichtag (dem letzten Tag mit Daten).
Exit-Status: 0 fertig, 1 falscher Aufruf, 2 der Arbeitsbereich oder ein Filter wurde abgelehnt.

JSON (--format json): ein Objekt mit
  period {from, to, days}; comparison_period {from, to, days} oder null; comparison (previous|year|none);
  as_of; first_data_day; activity_window_days; currency (ISO-Code, null, wenn nicht bekannt);
  warnings [{kind (period|comparison_period|retention_window|comparison_retention_window), message, from, to, days, days_with_data}];
  kpis [{key, label, unit (money|count|ratio|number), value, comparison, change, relative_change,
         good (up|down|neutral), assessment (good|bad|neutral|unchanged), has_data, comparison_has_data,
         no_data_reason, warning, inputs {name: number}}];
  cac_by_channel [{channel, spend, new_customers, cac}].
Geldbeträge sind Zahlen, auf 4 Nachkommastellen gerundet, Quoten sind Bruchzahlen (0.0871), null, wo es keine Daten gibt.
Kennzahlenschlüssel: %1.
CSV (--format csv): key,label,unit,value,comparison,change,relative_change,good,has_data,no_data_reason.</translation>
    </message>
    <message>
        <location filename="../cli/KpiCommand.cpp" line="123"/>
        <source>Print the sales and customer KPIs of a period.</source>
        <translation>Die Umsatz- und Kundenkennzahlen eines Zeitraums ausgeben.</translation>
    </message>
    <message>
        <location filename="../cli/SampleCommand.cpp" line="114"/>
        <source>Create a workspace holding the sample store.</source>
        <translation>Einen Arbeitsbereich mit dem Beispielgeschäft anlegen.</translation>
    </message>
    <message>
        <location filename="../cli/SampleCommand.cpp" line="116"/>
        <source>storelens sample: writes a realistic sample store (shops and a web shop, customers, products, orders with returns and guest sales, traffic, staffing, inventory and marketing spend) into a new workspace. The same seed always gives the same store.</source>
        <translation>storelens sample: schreibt ein realistisches Beispielgeschäft (Läden und ein Webshop, Kunden, Produkte, Bestellungen mit Retouren und Gastverkäufen, Besucherfrequenz, Personalbestand, Lagerbestand und Marketingausgaben) in einen neuen Arbeitsbereich. Derselbe Startwert ergibt immer dasselbe Geschäft.</translation>
    </message>
    <message>
        <location filename="../cli/SampleCommand.cpp" line="53"/>
        <source>The workspace file to create.</source>
        <translation>Die anzulegende Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <location filename="../cli/SampleCommand.cpp" line="55"/>
        <source>Identified customers (default 5000).</source>
        <translation>Identifizierte Kunden (Standard 5000).</translation>
    </message>
    <message>
        <location filename="../cli/SampleCommand.cpp" line="57"/>
        <source>Years of history (default 3).</source>
        <translation>Jahre Historie (Standard 3).</translation>
    </message>
    <message>
        <location filename="../cli/SampleCommand.cpp" line="57"/>
        <source>years</source>
        <translation>Jahre</translation>
    </message>
    <message>
        <location filename="../cli/SampleCommand.cpp" line="59"/>
        <source>Random seed (default 42).</source>
        <translation>Zufallsstartwert (Standard 42).</translation>
    </message>
    <message>
        <location filename="../cli/SampleCommand.cpp" line="59"/>
        <source>seed</source>
        <translation>Startwert</translation>
    </message>
    <message>
        <location filename="../cli/SampleCommand.cpp" line="61"/>
        <source>Multiplies the number of orders (default 1).</source>
        <translation>Vervielfacht die Zahl der Bestellungen (Standard 1).</translation>
    </message>
    <message>
        <location filename="../cli/SampleCommand.cpp" line="62"/>
        <source>factor</source>
        <translation>Faktor</translation>
    </message>
    <message>
        <location filename="../cli/SampleCommand.cpp" line="65"/>
        <source>Write the sample&apos;s order lines to this CSV file instead of a workspace (for import checks and benchmarks).</source>
        <translation>Die Bestellzeilen des Beispiels in diese CSV-Datei statt in einen Arbeitsbereich schreiben (für Importprüfungen und Benchmarks).</translation>
    </message>
    <message>
        <location filename="../cli/SampleCommand.cpp" line="67"/>
        <source>file.csv</source>
        <translation>datei.csv</translation>
    </message>
    <message>
        <location filename="../cli/SampleCommand.cpp" line="82"/>
        <source>--customers and --years take positive whole numbers (years at most 30), --seed a whole number and --orders-scale a positive number.</source>
        <translation>--customers und --years erwarten positive ganze Zahlen (years höchstens 30), --seed eine ganze Zahl und --orders-scale eine positive Zahl.</translation>
    </message>
    <message>
        <location filename="../cli/SampleCommand.cpp" line="31"/>
        <location filename="../cli/SampleCommand.cpp" line="40"/>
        <source>The file could not be written: %1</source>
        <translation>Die Datei konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../cli/SampleCommand.cpp" line="43"/>
        <source>Wrote %1 order lines of %2 orders to %3.</source>
        <translation>%1 Bestellzeilen aus %2 Bestellungen nach %3 geschrieben.</translation>
    </message>
    <message>
        <location filename="../cli/SegmentsCommand.cpp" line="118"/>
        <location filename="../cli/SegmentsCommand.cpp" line="153"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../cli/SegmentsCommand.cpp" line="120"/>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <location filename="../cli/SegmentsCommand.cpp" line="121"/>
        <source>Net sales %</source>
        <translation>Nettoumsatz %</translation>
    </message>
    <message>
        <location filename="../cli/SegmentsCommand.cpp" line="124"/>
        <source>Frequency</source>
        <translation>Häufigkeit</translation>
    </message>
    <message>
        <location filename="../cli/SegmentsCommand.cpp" line="125"/>
        <source>Median recency</source>
        <translation>Median Tage seit letztem Kauf</translation>
    </message>
    <message>
        <location filename="../cli/SegmentsCommand.cpp" line="140"/>
        <source>Customer ID</source>
        <translation>Kundennummer</translation>
    </message>
    <message>
        <location filename="../cli/SegmentsCommand.cpp" line="141"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../cli/SegmentsCommand.cpp" line="142"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../cli/SegmentsCommand.cpp" line="144"/>
        <source>First purchase</source>
        <translation>Erster Kauf</translation>
    </message>
    <message>
        <location filename="../cli/SegmentsCommand.cpp" line="145"/>
        <source>Last purchase</source>
        <translation>Letzter Kauf</translation>
    </message>
    <message>
        <location filename="../cli/SegmentsCommand.cpp" line="146"/>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <location filename="../cli/SegmentsCommand.cpp" line="149"/>
        <source>Recency (days)</source>
        <translation>Tage seit letztem Kauf</translation>
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
        <translation>Lebenszyklusphase</translation>
    </message>
    <message>
        <location filename="../cli/SegmentsCommand.cpp" line="155"/>
        <source>Value tier</source>
        <translation>Wertstufe</translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/SegmentsCommand.cpp" line="232"/>
        <source>None of the segment&apos;s %n customer(s) has agreed to marketing email (their email consent is false or unknown). Nothing was written.</source>
        <translation>
            <numerusform>Der %n Kunde des Segments hat Marketing-E-Mails nicht zugestimmt (seine E-Mail-Einwilligung ist falsch oder unbekannt). Es wurde nichts geschrieben.</numerusform>
            <numerusform>Keiner der %n Kunden des Segments hat Marketing-E-Mails zugestimmt (ihre E-Mail-Einwilligung ist falsch oder unbekannt). Es wurde nichts geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/SegmentsCommand.cpp" line="235"/>
        <source>No customer has marketing consent recorded: the imported files had no email consent column, or it was empty. Nothing was written: the segment&apos;s %n customer(s) would all be left out.</source>
        <translation>
            <numerusform>Für keinen Kunden ist eine Marketing-Einwilligung erfasst: Die importierten Dateien hatten keine Spalte für die E-Mail-Einwilligung, oder sie war leer. Es wurde nichts geschrieben: Der %n Kunde des Segments würde ausgelassen.</numerusform>
            <numerusform>Für keinen Kunden ist eine Marketing-Einwilligung erfasst: Die importierten Dateien hatten keine Spalte für die E-Mail-Einwilligung, oder sie war leer. Es wurde nichts geschrieben: Alle %n Kunden des Segments würden ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cli/SegmentsCommand.cpp" line="240"/>
        <source>Add --include-without-consent to export them anyway (for your own analysis, not for marketing).</source>
        <translation>Fügen Sie --include-without-consent hinzu, um sie trotzdem zu exportieren (für Ihre eigene Auswertung, nicht für Marketing).</translation>
    </message>
    <message>
        <location filename="../cli/SegmentsCommand.cpp" line="257"/>
        <source>Nothing was written.</source>
        <translation>Es wurde nichts geschrieben.</translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/SegmentsCommand.cpp" line="303"/>
        <source>%n customer(s) as of %1, net sales %2.</source>
        <translation>
            <numerusform>%n Kunde zum %1, Nettoumsatz %2.</numerusform>
            <numerusform>%n Kunden zum %1, Nettoumsatz %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/SegmentsCommand.cpp" line="310"/>
        <source>%n customer(s) bought only lines imported without prices: their net sales and AOV say &quot;no prices&quot; (not 0) and their M score is 0 (not scored).</source>
        <translation>
            <numerusform>%n Kunde hat nur ohne Preise importierte Zeilen gekauft: Bei ihm zeigen Nettoumsatz und Ø Bestellwert „keine Preise“ (nicht 0), und sein Umsatzwert (M) ist 0 (nicht bewertet).</numerusform>
            <numerusform>%n Kunden haben nur ohne Preise importierte Zeilen gekauft: Bei ihnen zeigen Nettoumsatz und Ø Bestellwert „keine Preise“ (nicht 0), und ihr Umsatzwert (M) ist 0 (nicht bewertet).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cli/SegmentsCommand.cpp" line="332"/>
        <source>Write the export for Excel in the command line&apos;s language: &quot;;&quot; between columns and decimal commas where the language writes them (German, French, Spanish), and a UTF-8 byte order mark.</source>
        <translation>Den Export für Excel in der Sprache der Kommandozeile schreiben: „;“ zwischen den Spalten und Dezimalkommas, wo die Sprache sie schreibt (Deutsch, Französisch, Spanisch), und eine UTF-8-Byte-Reihenfolge-Markierung.</translation>
    </message>
    <message>
        <location filename="../cli/SegmentsCommand.cpp" line="363"/>
        <source>--for-excel needs --export FILE.</source>
        <translation>--for-excel braucht --export DATEI.</translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/SegmentsCommand.cpp" line="415"/>
        <source>Wrote %n customer(s) to %1.</source>
        <translation>
            <numerusform>%n Kunde in %1 geschrieben.</numerusform>
            <numerusform>%n Kunden in %1 geschrieben.</numerusform>
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
        <translation>storelens segments: der Kundenstamm zum Stichtag (METRICS.md, Abschnitte 5–7): jeder identifizierte Kunde mit einer Verkaufszeile innerhalb der Filter, unabhängig von den Datumsangaben. Ohne --segment werden die benannten RFM-Segmente, die Lebenszyklusphasen und die Wertstufen ausgegeben, jeweils mit Größe, Anteil an den Kunden, Anteil am Nettoumsatz, Nettoumsatz, Ø Bestellwert, Häufigkeit (Bestellungen pro Kunde) und medianer Aktualität in Tagen.
--segment NAME wählt ein Segment: ein gespeichertes Segment des Arbeitsbereichs, einen RFM-Segmentnamen (&quot;Champions&quot;), eine Lebenszyklusphase (new, lapsed, at_risk, active) oder eine Wertstufe (high, medium, low). --members listet seine Kunden auf; --export DATEI schreibt sie als CSV.
Die Marketing-Einwilligung ist die E-Mail-Einwilligung: Kunden, deren E-Mail-Einwilligung false oder unbekannt ist, werden bei --export ausgelassen, sofern nicht --include-without-consent angegeben ist; die Zahl der ausgelassenen Kunden wird auf der Standardfehlerausgabe ausgegeben. Zellen, die mit = + - @ beginnen (oder deren Formen voller Breite, einem Tabulator oder einem Wagenrücklauf), werden für Tabellenkalkulationen entschärft.
Exportspalten (--columns, durch Kommas getrennt; Standard alle außer consent_email): customer_id, name, email, country, first_purchase, last_purchase, orders, net_sales, aov, recency_days, r, f, m, segment, lifecycle, value_tier, consent_email.
Exit-Status: 0 erledigt, 1 falscher Aufruf, 2 der Arbeitsbereich, ein Filter oder das Segment wurde abgelehnt, oder --export würde keinen Kunden schreiben, weil keiner des Segments eine E-Mail-Einwilligung hat (dann wird nichts geschrieben).

JSON (--format json) ohne --segment: {as_of, customers, net_sales, rfm_segments [S], lifecycle [S], value_tiers [S]}
  mit S = {key (nur lifecycle und tiers), name, size, share_of_customers, share_of_net_sales, net_sales, aov,
             customers_without_prices, money_note, frequency, median_recency_days}; null, wo es keine Daten gibt.
Mit --segment: {as_of, segment S, members [M]} (members nur mit --members), mit
  M = {customer_id, name, email, country, first_purchase, last_purchase, orders, net_sales, aov, recency_days,
       money_note, r, f, m, segment, lifecycle, value_tier, consent_email}.
Beide enthalten currency (der ISO-Code des Arbeitsbereichs, null, wenn nicht bekannt).
Geld ist eine Zahl in Währungseinheiten, Anteile sind Bruchzahlen. Geldwerte von Kunden, deren Zeilen ohne Preise importiert wurden, sind null mit money_note &quot;no prices imported&quot; (in CSV steht das in der Zelle), nie 0.
CSV (--format csv): table,name,size,share_of_customers,share_of_net_sales,net_sales,aov,frequency,median_recency_days; mit --members die Mitgliederspalten.</translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/SegmentsCommand.cpp" line="412"/>
        <source>Wrote %n customer(s) to %1; %2 without email consent were left out.</source>
        <translation>
            <numerusform>%n Kunde in %1 geschrieben; %2 ohne E-Mail-Einwilligung wurden ausgelassen.</numerusform>
            <numerusform>%n Kunden in %1 geschrieben; %2 ohne E-Mail-Einwilligung wurden ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cli/SegmentsCommand.cpp" line="472"/>
        <source>Print RFM segments, lifecycle stages and value tiers, or one segment&apos;s members.</source>
        <translation>RFM-Segmente, Lebenszyklusphasen und Wertstufen oder die Mitglieder eines Segments ausgeben.</translation>
    </message>
    <message>
        <location filename="../cli/SegmentsCommand.cpp" line="324"/>
        <source>One segment: saved, RFM, lifecycle stage or value tier.</source>
        <translation>Ein Segment: gespeichert, RFM, Lebenszyklusphase oder Wertstufe.</translation>
    </message>
    <message>
        <location filename="../cli/SegmentsCommand.cpp" line="326"/>
        <source>List the segment&apos;s customers.</source>
        <translation>Die Kunden des Segments auflisten.</translation>
    </message>
    <message>
        <location filename="../cli/SegmentsCommand.cpp" line="328"/>
        <source>Write the segment&apos;s customers to a CSV file.</source>
        <translation>Die Kunden des Segments in eine CSV-Datei schreiben.</translation>
    </message>
    <message>
        <location filename="../cli/CustomerCommand.cpp" line="67"/>
        <location filename="../cli/ImportCommand.cpp" line="272"/>
        <location filename="../cli/SegmentsCommand.cpp" line="328"/>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../cli/SegmentsCommand.cpp" line="330"/>
        <source>The export&apos;s columns, comma-separated.</source>
        <translation>Die Spalten des Exports, durch Kommas getrennt.</translation>
    </message>
    <message>
        <location filename="../cli/SegmentsCommand.cpp" line="331"/>
        <source>Export customers without email consent too.</source>
        <translation>Auch Kunden ohne E-Mail-Einwilligung exportieren.</translation>
    </message>
    <message>
        <location filename="../cli/SegmentsCommand.cpp" line="344"/>
        <source>--members and --export need --segment NAME.</source>
        <translation>--members und --export brauchen --segment NAME.</translation>
    </message>
    <message>
        <location filename="../cli/SegmentsCommand.cpp" line="353"/>
        <source>Unknown column &quot;%1&quot;; the columns are: %2.</source>
        <translation>Unbekannte Spalte „%1“; die Spalten sind: %2.</translation>
    </message>
    <message>
        <location filename="../cli/SegmentsCommand.cpp" line="374"/>
        <source>The workspace holds no order lines yet; import orders to see the segments.</source>
        <translation>Der Arbeitsbereich enthält noch keine Bestellzeilen; importieren Sie Bestellungen, um die Segmente zu sehen.</translation>
    </message>
    <message>
        <location filename="../cli/SegmentsCommand.cpp" line="418"/>
        <source>Add --include-without-consent to write them too (for your own analysis, not for marketing).</source>
        <translation>Fügen Sie --include-without-consent hinzu, um auch sie zu schreiben (für Ihre eigene Auswertung, nicht für Marketing).</translation>
    </message>
    <message>
        <location filename="../cli/SegmentsCommand.cpp" line="427"/>
        <source>%1 customers without email consent were left out; add --include-without-consent to list them.</source>
        <translation>%1 Kunden ohne E-Mail-Einwilligung wurden ausgelassen; fügen Sie --include-without-consent hinzu, um sie aufzulisten.</translation>
    </message>
    <message>
        <location filename="../cli/SegmentsCommand.cpp" line="453"/>
        <source>Segment, as of %1</source>
        <translation>Segment, Stichtag %1</translation>
    </message>
    <message>
        <location filename="../cli/SegmentsCommand.cpp" line="316"/>
        <source>RFM segments</source>
        <translation>RFM-Segmente</translation>
    </message>
    <message>
        <location filename="../cli/SegmentsCommand.cpp" line="317"/>
        <source>Lifecycle stages</source>
        <translation>Lebenszyklusphasen</translation>
    </message>
    <message>
        <location filename="../cli/SegmentsCommand.cpp" line="318"/>
        <source>Value tiers</source>
        <translation>Wertstufen</translation>
    </message>
    <message>
        <location filename="../cli/ImportMapOption.cpp" line="38"/>
        <source>--map gives both a unit price (&quot;%1&quot;) and a line total (&quot;%2&quot;), and a line&apos;s amount comes from one of them: map only one.</source>
        <translation>--map nennt sowohl einen Stückpreis („%1“) als auch eine Zeilensumme („%2“), der Betrag einer Zeile kommt aber aus einer der beiden: Ordnen Sie nur eine zu.</translation>
    </message>
    <message>
        <location filename="../cli/ImportMapOption.cpp" line="49"/>
        <source>&quot;%1&quot; is read as the line total, so &quot;%2&quot; is no longer read as the unit price: a line&apos;s amount comes from one of them.</source>
        <translation>„%1“ wird als Zeilensumme gelesen, daher wird „%2“ nicht mehr als Stückpreis gelesen: Der Betrag einer Zeile kommt aus einer der beiden Spalten.</translation>
    </message>
    <message>
        <location filename="../cli/ImportMapOption.cpp" line="51"/>
        <source>&quot;%1&quot; is read as the unit price, so &quot;%2&quot; is no longer read as the line total: a line&apos;s amount comes from one of them.</source>
        <translation>„%1“ wird als Stückpreis gelesen, daher wird „%2“ nicht mehr als Zeilensumme gelesen: Der Betrag einer Zeile kommt aus einer der beiden Spalten.</translation>
    </message>
    <message>
        <location filename="../cli/ImportMapOption.cpp" line="69"/>
        <source>--map takes &quot;COLUMN=FIELD&quot;, for example &quot;Einzelpreis brutto=unit_price&quot;.</source>
        <translation>--map erwartet „SPALTE=FELD“, zum Beispiel „Einzelpreis brutto=unit_price“.</translation>
    </message>
    <message>
        <location filename="../cli/ImportMapOption.cpp" line="80"/>
        <source>--map names the column &quot;%1&quot;, which the file does not have; its columns are: %2.</source>
        <translation>--map nennt die Spalte „%1“, die die Datei nicht hat; ihre Spalten sind: %2.</translation>
    </message>
    <message>
        <location filename="../cli/ImportMapOption.cpp" line="88"/>
        <source>--map names the field &quot;%1&quot;, which this kind of file does not have; its fields are: %2.</source>
        <translation>--map nennt das Feld „%1“, das diese Art von Datei nicht hat; ihre Felder sind: %2.</translation>
    </message>
    <message>
        <location filename="../cli/ImportMapOption.cpp" line="113"/>
        <source>Map a column with --map &quot;COLUMN=FIELD&quot; (repeatable); the fields of this kind of file are: %1.</source>
        <translation>Ordnen Sie eine Spalte mit --map „SPALTE=FELD“ zu (wiederholbar); die Felder dieser Art von Datei sind: %1.</translation>
    </message>
    <message>
        <location filename="../cli/ImportMatchOptions.cpp" line="48"/>
        <source>Order lines: the store of lines the file gives none (default: &quot;Online shop&quot; for a web shop&apos;s export, else &quot;Main store&quot;; a web shop&apos;s lines already in &quot;Main store&quot; stay there).</source>
        <translation>Bestellzeilen: die Filiale der Zeilen, für die die Datei keine angibt (Standard: „Onlineshop“ für den Export eines Webshops, sonst „Hauptfiliale“; Zeilen eines Webshops, die schon in „Hauptfiliale“ sind, bleiben dort).</translation>
    </message>
    <message>
        <location filename="../cli/ImportMatchOptions.cpp" line="54"/>
        <source>Order lines: count a product without a code (a till&apos;s, named only) as the one product with a code of the same name, case and spaces aside, in this file and in the workspace. A name that several coded products share is never matched.</source>
        <translation>Bestellzeilen: ein Produkt ohne Artikelnummer (das einer Kasse, nur mit Namen) als das eine Produkt mit Artikelnummer gleichen Namens zählen, ohne Rücksicht auf Groß- und Kleinschreibung und Leerzeichen, in dieser Datei und im Arbeitsbereich. Ein Name, den mehrere Produkte mit Artikelnummer tragen, wird nie zugeordnet.</translation>
    </message>
    <message>
        <location filename="../cli/ImportMatchOptions.cpp" line="59"/>
        <source>Order lines: import a file whose orders look like orders of its source already in the workspace under other order IDs (refused without it, unless with --replace).</source>
        <translation>Bestellzeilen: eine Datei importieren, deren Bestellungen wie Bestellungen ihrer Quelle im Arbeitsbereich unter anderen Bestellnummern aussehen (ohne diese Option abgelehnt, außer mit --replace).</translation>
    </message>
    <message>
        <location filename="../cli/ImportMatchOptions.cpp" line="63"/>
        <source>Order lines: with --replace, replace even when the file seems to come from another till or shop than its source (it holds almost none of the source&apos;s orders on its days). Without it such a replace is refused: it would remove those orders.</source>
        <translation>Bestellzeilen: mit --replace auch dann ersetzen, wenn die Datei von einer anderen Kasse oder einem anderen Shop als ihre Quelle zu stammen scheint (sie enthält fast keine der Bestellungen der Quelle an ihren Tagen). Ohne diese Option wird ein solches Ersetzen abgelehnt: Es würde diese Bestellungen entfernen.</translation>
    </message>
    <message>
        <location filename="../cli/ImportMatchOptions.cpp" line="74"/>
        <source>--store takes a name, for order lines.</source>
        <translation>--store erwartet einen Namen, für Bestellzeilen.</translation>
    </message>
    <message>
        <location filename="../cli/ImportMatchOptions.cpp" line="85"/>
        <source>--products-by-name is for order lines.</source>
        <translation>--products-by-name gilt für Bestellzeilen.</translation>
    </message>
    <message>
        <location filename="../cli/ImportMatchOptions.cpp" line="103"/>
        <source>The file has no store column: every line is counted in the store &quot;%1&quot; (--store names another).</source>
        <translation>Die Datei hat keine Filialspalte: Jede Zeile wird in der Filiale „%1“ gezählt (--store nennt eine andere).</translation>
    </message>
    <message>
        <location filename="../cli/ImportMatchOptions.cpp" line="111"/>
        <source>(--source and --channel name others.)</source>
        <translation>(--source und --channel nennen andere.)</translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/LineTotalCheck.cpp" line="23"/>
        <source>%1: &quot;%2&quot; is read as before the line discount, but on %n discounted row(s) it is the amount after the discount (line %3: %4): each discount is taken off twice. Use --line-total after-discount.</source>
        <translation>
            <numerusform>%1: „%2“ wird als Betrag vor dem Zeilenrabatt gelesen, aber in %n rabattierten Zeile ist es der Betrag nach dem Rabatt (Zeile %3: %4): Jeder Rabatt wird zweimal abgezogen. Verwenden Sie --line-total after-discount.</numerusform>
            <numerusform>%1: „%2“ wird als Betrag vor dem Zeilenrabatt gelesen, aber in %n rabattierten Zeilen ist es der Betrag nach dem Rabatt (Zeile %3: %4): Jeder Rabatt wird zweimal abgezogen. Verwenden Sie --line-total after-discount.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/LineTotalCheck.cpp" line="27"/>
        <source>%1: &quot;%2&quot; is read as after the line discount, but on %n discounted row(s) it is the amount before the discount (line %3: %4): each discount stays in net sales. Use --line-total before-discount.</source>
        <translation>
            <numerusform>%1: „%2“ wird als Betrag nach dem Zeilenrabatt gelesen, aber in %n rabattierten Zeile ist es der Betrag vor dem Rabatt (Zeile %3: %4): Jeder Rabatt bleibt im Nettoumsatz. Verwenden Sie --line-total before-discount.</numerusform>
            <numerusform>%1: „%2“ wird als Betrag nach dem Zeilenrabatt gelesen, aber in %n rabattierten Zeilen ist es der Betrag vor dem Rabatt (Zeile %3: %4): Jeder Rabatt bleibt im Nettoumsatz. Verwenden Sie --line-total before-discount.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>storelens::cli::Cli</name>
    <message>
        <location filename="../cli/Cli.cpp" line="21"/>
        <source>Usage: storelens [WORKSPACE.storelens]      start the application</source>
        <translation>Aufruf: storelens [WORKSPACE.storelens]      Anwendung starten</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="22"/>
        <source>       storelens COMMAND [OPTIONS]          run an analysis from the command line</source>
        <translation>        storelens BEFEHL [OPTIONEN]          Analyse auf der Kommandozeile ausführen</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="24"/>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="27"/>
        <source>Run &apos;storelens COMMAND --help&apos; for the options of a command.</source>
        <translation>Mit „storelens BEFEHL --help“ erhalten Sie die Optionen eines Befehls.</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="143"/>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="146"/>
        <source>Did you mean &apos;%1&apos;?</source>
        <translation>Meinten Sie „%1“?</translation>
    </message>
</context>
<context>
    <name>storelens::cli::FilterValues</name>
    <message>
        <location filename="../cli/FilterValues.cpp" line="57"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../cli/FilterValues.cpp" line="77"/>
        <source>The workspace has no store &quot;%1&quot;. Its stores: %2.</source>
        <translation>Der Arbeitsbereich hat keine Filiale „%1“. Seine Filialen: %2.</translation>
    </message>
    <message>
        <location filename="../cli/FilterValues.cpp" line="82"/>
        <source>The workspace has no channel &quot;%1&quot;. Its channels: %2.</source>
        <translation>Der Arbeitsbereich hat keinen Kanal „%1“. Seine Kanäle: %2.</translation>
    </message>
    <message>
        <location filename="../cli/FilterValues.cpp" line="87"/>
        <source>The workspace has no country &quot;%1&quot;. Its countries: %2.</source>
        <translation>Der Arbeitsbereich hat kein Land „%1“. Seine Länder: %2.</translation>
    </message>
    <message>
        <location filename="../cli/FilterValues.cpp" line="91"/>
        <source>The workspace has no category &quot;%1&quot;. Its categories: %2.</source>
        <translation>Der Arbeitsbereich hat keine Kategorie „%1“. Seine Kategorien: %2.</translation>
    </message>
</context>
<context>
    <name>storelens::cli::QueryOptions</name>
    <message>
        <location filename="../cli/QueryOptions.cpp" line="48"/>
        <source>The workspace file.</source>
        <translation>Die Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <location filename="../cli/QueryOptions.cpp" line="48"/>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location filename="../cli/QueryOptions.cpp" line="52"/>
        <source>First day of the period (default: one year before --to, plus one day).</source>
        <translation>Erster Tag des Zeitraums (Standard: ein Jahr vor --to, plus ein Tag).</translation>
    </message>
    <message>
        <location filename="../cli/QueryOptions.cpp" line="55"/>
        <source>Last day of the period (default: the as-of date, the last day with data).</source>
        <translation>Letzter Tag des Zeitraums (Standard: der Stichtag, der letzte Tag mit Daten).</translation>
    </message>
    <message>
        <location filename="../cli/QueryOptions.cpp" line="59"/>
        <source>all: every day with data, with no comparison (instead of --from and --to).</source>
        <translation>all: alle Tage mit Daten, ohne Vergleich (statt --from und --to).</translation>
    </message>
    <message>
        <location filename="../cli/QueryOptions.cpp" line="65"/>
        <source>Compare with the previous period of the same length, the same period one year earlier, or nothing (default: previous).</source>
        <translation>Mit dem vorherigen gleich langen Zeitraum, demselben Zeitraum ein Jahr zuvor oder gar nicht vergleichen (Standard: previous).</translation>
    </message>
    <message>
        <location filename="../cli/QueryOptions.cpp" line="73"/>
        <source>Select order lines by store, channel, country, category or segment (&quot;store=Main store&quot;, &quot;segment=At risk&quot;); repeatable. Values of one dimension are alternatives, dimensions combine.</source>
        <translation>Bestellzeilen nach Filiale, Kanal, Land, Kategorie oder Segment auswählen („store=Main store“, „segment=At risk“); wiederholbar. Werte einer Dimension sind Alternativen, Dimensionen werden kombiniert.</translation>
    </message>
    <message>
        <location filename="../cli/QueryOptions.cpp" line="81"/>
        <source>The activity window W of retention and churn, in days (default: 365).</source>
        <translation>Das Aktivitätsfenster W für Kundenbindung und Abwanderung, in Tagen (Standard: 365).</translation>
    </message>
    <message>
        <location filename="../cli/QueryOptions.cpp" line="82"/>
        <source>DAYS</source>
        <translation>TAGE</translation>
    </message>
    <message>
        <location filename="../cli/QueryOptions.cpp" line="85"/>
        <source>The cohort period (default: month).</source>
        <translation>Der Kohortenzeitraum (Standard: month).</translation>
    </message>
    <message>
        <location filename="../cli/QueryOptions.cpp" line="89"/>
        <source>The output format (default: table).</source>
        <translation>Das Ausgabeformat (Standard: table).</translation>
    </message>
    <message>
        <location filename="../cli/QueryOptions.cpp" line="100"/>
        <source>The option --workspace is required.</source>
        <translation>Die Option --workspace ist erforderlich.</translation>
    </message>
    <message>
        <location filename="../cli/QueryOptions.cpp" line="109"/>
        <source>--from takes a date as YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--from erwartet ein Datum im Format JJJJ-MM-TT, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../cli/QueryOptions.cpp" line="117"/>
        <source>--to takes a date as YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--to erwartet ein Datum im Format JJJJ-MM-TT, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../cli/QueryOptions.cpp" line="125"/>
        <source>--from must not be after --to.</source>
        <translation>--from darf nicht nach --to liegen.</translation>
    </message>
    <message>
        <location filename="../cli/QueryOptions.cpp" line="131"/>
        <source>--period takes all, not &quot;%1&quot;.</source>
        <translation>--period erwartet all, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../cli/QueryOptions.cpp" line="135"/>
        <source>--period all cannot be combined with --from or --to.</source>
        <translation>--period all kann nicht mit --from oder --to kombiniert werden.</translation>
    </message>
    <message>
        <location filename="../cli/QueryOptions.cpp" line="139"/>
        <source>--period all has no earlier data to compare with; leave out --compare.</source>
        <translation>--period all hat keine früheren Daten zum Vergleichen; lassen Sie --compare weg.</translation>
    </message>
    <message>
        <location filename="../cli/QueryOptions.cpp" line="151"/>
        <source>--compare takes previous, year or none, not &quot;%1&quot;.</source>
        <translation>--compare erwartet previous, year oder none, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../cli/QueryOptions.cpp" line="167"/>
        <source>--filter takes DIMENSION=VALUE, not &quot;%1&quot;.</source>
        <translation>--filter erwartet DIMENSION=WERT, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../cli/QueryOptions.cpp" line="180"/>
        <source>Only one segment filter can be given.</source>
        <translation>Es kann nur ein Segmentfilter angegeben werden.</translation>
    </message>
    <message>
        <location filename="../cli/QueryOptions.cpp" line="185"/>
        <source>Unknown filter &quot;%1&quot;; use store, channel, country, category or segment.</source>
        <translation>Unbekannter Filter „%1“; verwenden Sie store, channel, country, category oder segment.</translation>
    </message>
    <message>
        <location filename="../cli/QueryOptions.cpp" line="196"/>
        <source>--window takes a whole number of days of at least 1, not &quot;%1&quot;.</source>
        <translation>--window erwartet eine ganze Zahl von mindestens 1 Tag, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../cli/QueryOptions.cpp" line="207"/>
        <source>--grain takes week, month or quarter, not &quot;%1&quot;.</source>
        <translation>--grain erwartet week, month oder quarter, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../cli/QueryOptions.cpp" line="217"/>
        <source>--format takes table, json or csv, not &quot;%1&quot;.</source>
        <translation>--format erwartet table, json oder csv, nicht „%1“.</translation>
    </message>
</context>
<context>
    <name>storelens::cli::ReportCommand</name>
    <message>
        <location filename="../cli/ReportCommand.cpp" line="35"/>
        <source>Unknown section &quot;%1&quot;; the sections are: %2.</source>
        <translation>Unbekannter Abschnitt „%1“; die Abschnitte sind: %2.</translation>
    </message>
    <message>
        <location filename="../cli/ReportCommand.cpp" line="47"/>
        <source>--page takes a4 or letter, not &quot;%1&quot;.</source>
        <translation>--page erwartet a4 oder letter, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../cli/ReportCommand.cpp" line="54"/>
        <source>--template takes weekly, monthly or quarterly, not &quot;%1&quot;.</source>
        <translation>--template erwartet weekly, monthly oder quarterly, nicht „%1“.</translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/ReportCommand.cpp" line="141"/>
        <source>Wrote %n page(s) to %1 in %2 ms.</source>
        <translation>
            <numerusform>%n Seite in %2 ms in %1 geschrieben.</numerusform>
            <numerusform>%n Seiten in %2 ms in %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cli/ReportCommand.cpp" line="155"/>
        <source>Write the PDF report for the owner.</source>
        <translation>Den PDF-Bericht für die Geschäftsleitung schreiben.</translation>
    </message>
    <message>
        <location filename="../cli/ReportCommand.cpp" line="74"/>
        <source>storelens report: the PDF report a manager hands to the owner: a title page, the KPI table with comparisons and targets, trend charts, the cohort heatmap, RFM segments and grid, top products and categories, predicted CLV and an appendix with every definition. The numbers are those of &apos;storelens kpi&apos; for the same options. Works without a display, so it can run from cron.
--template weekly|monthly|quarterly reports the last complete week, month or quarter against the one before and the same one last year, instead of --from/--to/--compare.
Exit status: 0 written, 1 bad usage, 2 the workspace, a filter or the output file was rejected.</source>
        <translation>storelens report: der PDF-Bericht, den eine Filialleitung der Geschäftsleitung übergibt: Titelseite, Kennzahlentabelle mit Vergleichen und Zielen, Trenddiagramme, Kohorten-Heatmap, RFM-Segmente und -Raster, Top-Produkte und -Kategorien, prognostizierter Kundenwert und ein Anhang mit allen Definitionen. Die Zahlen sind die von „storelens kpi“ mit denselben Optionen. Funktioniert ohne Bildschirm und kann daher per cron laufen.
--template weekly|monthly|quarterly berichtet über die letzte vollständige Woche, den letzten vollständigen Monat bzw. das letzte vollständige Quartal im Vergleich zum vorherigen und zum selben im Vorjahr, statt --from/--to/--compare.
Exit-Status: 0 geschrieben, 1 falscher Aufruf, 2 Arbeitsbereich, ein Filter oder die Ausgabedatei wurde abgelehnt.</translation>
    </message>
    <message>
        <location filename="../cli/ReportCommand.cpp" line="61"/>
        <source>--template chooses the period and the comparison; leave out --from, --to, --period and --compare.</source>
        <translation>--template wählt den Zeitraum und den Vergleich; lassen Sie --from, --to, --period und --compare weg.</translation>
    </message>
    <message>
        <location filename="../cli/ReportCommand.cpp" line="89"/>
        <source>The PDF file to write.</source>
        <translation>Die zu schreibende PDF-Datei.</translation>
    </message>
    <message>
        <location filename="../cli/ReportCommand.cpp" line="89"/>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../cli/ReportCommand.cpp" line="91"/>
        <source>The sections after the title page, comma-separated (default: all): %1.</source>
        <translation>Die Abschnitte nach der Titelseite, durch Kommas getrennt (Standard: alle): %1.</translation>
    </message>
    <message>
        <location filename="../cli/ReportCommand.cpp" line="95"/>
        <source>The paper size (default: from the locale).</source>
        <translation>Das Papierformat (Standard: aus den Ländereinstellungen).</translation>
    </message>
    <message>
        <location filename="../cli/ReportCommand.cpp" line="97"/>
        <source>Landscape pages (default: portrait).</source>
        <translation>Seiten im Querformat (Standard: Hochformat).</translation>
    </message>
    <message>
        <location filename="../cli/ReportCommand.cpp" line="98"/>
        <source>A period preset; see above.</source>
        <translation>Eine Zeitraumvorgabe; siehe oben.</translation>
    </message>
    <message>
        <location filename="../cli/ReportCommand.cpp" line="100"/>
        <source>The PDF&apos;s author (default: the login name).</source>
        <translation>Der Autor des PDFs (Standard: der Anmeldename).</translation>
    </message>
    <message>
        <location filename="../cli/ReportCommand.cpp" line="101"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../cli/ReportCommand.cpp" line="105"/>
        <source>storelens report takes no positional arguments.</source>
        <translation>storelens report nimmt keine Positionsargumente an.</translation>
    </message>
</context>
<context>
    <name>storelens::core::Countries</name>
    <message>
        <location filename="../core/model/Countries.cpp" line="208"/>
        <source>Unknown country</source>
        <translation>Unbekanntes Land</translation>
    </message>
</context>
<context>
    <name>storelens::core::Currency</name>
    <message>
        <location filename="../core/store/Currency.cpp" line="149"/>
        <source>&quot;%1&quot; is not a currency code: use three capital letters such as EUR.</source>
        <translation>„%1“ ist kein Währungscode: Verwenden Sie drei Großbuchstaben wie EUR.</translation>
    </message>
    <message>
        <location filename="../core/store/Currency.cpp" line="158"/>
        <source>The currency could not be saved: %1</source>
        <translation>Die Währung konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>storelens::core::CustomerMatch</name>
    <message>
        <location filename="../core/import/CustomerMatch.cpp" line="65"/>
        <source>No imported order names a customer (they are guest sales), so none of the %1 customers in this file links to an order, and customer figures and segments leave them out. They link when an order export names each order&apos;s customer by this file&apos;s id or e-mail address.</source>
        <translation>Keine importierte Bestellung nennt einen Kunden (es sind Verkäufe ohne Kundenkonto), daher ist keiner der %1 Kunden dieser Datei mit einer Bestellung verknüpft, und Kundenkennzahlen und Segmente lassen sie aus. Sie werden verknüpft, sobald ein Bestellexport den Kunden jeder Bestellung mit der ID oder E-Mail-Adresse dieser Datei nennt.</translation>
    </message>
    <message>
        <location filename="../core/import/CustomerMatch.cpp" line="70"/>
        <source>0 of %1 customers in this file match a customer of the imported orders: the order export names customers differently (such as &quot;%2&quot;; this file: &quot;%3&quot;), so no order reaches this file&apos;s names, e-mail addresses and consent. They link only when the order export names customers by the same id or e-mail address as this file.</source>
        <translation>0 von %1 Kunden dieser Datei passen zu einem Kunden der importierten Bestellungen: Der Bestellexport benennt Kunden anders (etwa „%2“; diese Datei: „%3“), daher erreicht keine Bestellung die Namen, E-Mail-Adressen und Einwilligungen dieser Datei. Sie werden nur verknüpft, wenn der Bestellexport Kunden mit derselben ID oder E-Mail-Adresse benennt wie diese Datei.</translation>
    </message>
    <message>
        <location filename="../core/import/CustomerMatch.cpp" line="77"/>
        <source>%1 of %2 customers in this file match a customer of the imported orders; no imported order names the other %3 (such as &quot;%4&quot;).</source>
        <translation>%1 von %2 Kunden dieser Datei passen zu einem Kunden der importierten Bestellungen; keine importierte Bestellung nennt die übrigen %3 (etwa „%4“).</translation>
    </message>
    <message>
        <location filename="../core/import/CustomerMatch.cpp" line="82"/>
        <source>All %1 customers in this file match a customer of the imported orders.</source>
        <translation>Alle %1 Kunden dieser Datei passen zu einem Kunden der importierten Bestellungen.</translation>
    </message>
    <message>
        <location filename="../core/import/EmailKeyMatch.cpp" line="51"/>
        <source>1 customer of this file has an e-mail address that already belongs to another customer of the workspace (&quot;%1&quot; of this file has %2, which is customer &quot;%3&quot; there), so that person counts as two customers.</source>
        <translation>1 Kunde dieser Datei hat eine E-Mail-Adresse, die schon zu einem anderen Kunden des Arbeitsbereichs gehört („%1“ dieser Datei hat %2, und das ist dort der Kunde „%3“); diese Person zählt daher als zwei Kunden.</translation>
    </message>
    <message>
        <location filename="../core/import/EmailKeyMatch.cpp" line="56"/>
        <source>%1 customers of this file have an e-mail address that already belongs to another customer of the workspace (such as &quot;%2&quot; of this file, whose %3 is customer &quot;%4&quot; there), so each of them counts as two customers.</source>
        <translation>%1 Kunden dieser Datei haben eine E-Mail-Adresse, die schon zu einem anderen Kunden des Arbeitsbereichs gehört (etwa „%2“ dieser Datei, dessen %3 dort der Kunde „%4“ ist); jede dieser Personen zählt daher als zwei Kunden.</translation>
    </message>
    <message>
        <location filename="../core/import/EmailKeyMatch.cpp" line="62"/>
        <source>1 customer of this file has an e-mail address that already belongs to another customer of the workspace (%1 is customer &quot;%2&quot; there), so that person counts as two customers.</source>
        <translation>1 Kunde dieser Datei hat eine E-Mail-Adresse, die schon zu einem anderen Kunden des Arbeitsbereichs gehört (%1 ist dort Kunde „%2“); diese Person zählt daher als zwei Kunden.</translation>
    </message>
    <message>
        <location filename="../core/import/EmailKeyMatch.cpp" line="66"/>
        <source>%1 customers of this file have an e-mail address that already belongs to another customer of the workspace (such as %2, customer &quot;%3&quot; there), so each of them counts as two customers.</source>
        <translation>%1 Kunden dieser Datei haben eine E-Mail-Adresse, die schon zu einem anderen Kunden des Arbeitsbereichs gehört (etwa %2, dort Kunde „%3“); jede dieser Personen zählt daher als zwei Kunden.</translation>
    </message>
    <message>
        <location filename="../core/import/EmailKeyMatch.cpp" line="77"/>
        <source>1 customer of this file has the phone number of another customer of the workspace, and one of the two has no e-mail address (&quot;%1&quot; with %2 is customer &quot;%3&quot; there), so that person counts as two customers.</source>
        <translation>1 Kunde dieser Datei hat die Telefonnummer eines anderen Kunden des Arbeitsbereichs, und einer der beiden hat keine E-Mail-Adresse („%1“ mit %2 ist dort Kunde „%3“); diese Person zählt daher als zwei Kunden.</translation>
    </message>
    <message>
        <location filename="../core/import/EmailKeyMatch.cpp" line="82"/>
        <source>%1 customers of this file have the phone number of another customer of the workspace, where one of the two has no e-mail address (such as &quot;%2&quot; with %3, customer &quot;%4&quot; there), so each of them counts as two customers.</source>
        <translation>%1 Kunden dieser Datei haben die Telefonnummer eines anderen Kunden des Arbeitsbereichs, wobei einer der beiden keine E-Mail-Adresse hat (etwa „%2“ mit %3, dort Kunde „%4“); jede dieser Personen zählt daher als zwei Kunden.</translation>
    </message>
    <message>
        <location filename="../core/import/EmailKeyMatch.cpp" line="224"/>
        <source>&quot;Count Each Person Once&quot;</source>
        <translation>„Jede Person einmal zählen“</translation>
    </message>
    <message>
        <location filename="../core/import/EmailKeyMatch.cpp" line="226"/>
        <source>Match them to count each person once (a line&apos;s customer becomes the workspace&apos;s customer with its e-mail address or phone number): %1.</source>
        <translation>Ordnen Sie sie zu, damit jede Person einmal zählt (der Kunde einer Position wird der Kunde des Arbeitsbereichs mit ihrer E-Mail-Adresse oder Telefonnummer): %1.</translation>
    </message>
    <message>
        <location filename="../core/import/EmailKeyMatch.cpp" line="230"/>
        <source>Match them to count each person once (a line&apos;s customer becomes the one with its e-mail address or, without one, its phone number; customers with neither keep their &quot;%1&quot;): %2.</source>
        <translation>Ordnen Sie sie zu, damit jede Person einmal zählt (der Kunde einer Position wird der mit ihrer E-Mail-Adresse oder, ohne eine, mit ihrer Telefonnummer; Kunden ohne beides behalten ihre „%1“): %2.</translation>
    </message>
</context>
<context>
    <name>storelens::core::CustomerRecords</name>
    <message>
        <location filename="../core/store/CustomerRecords.cpp" line="26"/>
        <source>The customer&apos;s data could not be read or changed: %1</source>
        <translation>Die Daten des Kunden konnten nicht gelesen oder geändert werden: %1</translation>
    </message>
    <message>
        <location filename="../core/store/CustomerRecords.cpp" line="34"/>
        <source>The workspace has no customer with the id &quot;%1&quot;.</source>
        <translation>Der Arbeitsbereich enthält keinen Kunden mit der ID „%1“.</translation>
    </message>
</context>
<context>
    <name>storelens::core::DataQuality</name>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="89"/>
        <source>1 line</source>
        <translation>1 Zeile</translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="94"/>
        <source>1 row</source>
        <translation>1 Zeile</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/import/DataQuality.cpp" line="89"/>
        <source>%Ln lines</source>
        <translation>
            <numerusform>%Ln Zeile</numerusform>
            <numerusform>%Ln Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/import/DataQuality.cpp" line="94"/>
        <source>%Ln rows</source>
        <translation>
            <numerusform>%Ln Zeile</numerusform>
            <numerusform>%Ln Zeilen</numerusform>
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
        <translation>Gelesene Zeilen: %1 (%2 übernommen, %3 übersprungen, %4 abgelehnt).</translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="505"/>
        <source>No column is read as the order number: each line is counted as an order of its own, numbered by its line in the file. StoreLens cannot recognise these orders in a later export, so it refuses to import another file of this source into this workspace. If a column holds the receipt, ticket, sale or invoice number, map it as Order ID.</source>
        <translation>Keine Spalte wird als Bestellnummer gelesen: Jede Zeile zählt als eigene Bestellung, nummeriert nach ihrer Zeile in der Datei. StoreLens kann diese Bestellungen in einem späteren Export nicht wiedererkennen und lehnt daher den Import einer weiteren Datei dieser Quelle in diesen Arbeitsbereich ab. Enthält eine Spalte die Bon-, Beleg-, Verkaufs- oder Rechnungsnummer, ordnen Sie sie „Bestellnummer“ zu.</translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="513"/>
        <source>No column holds discounts: they count as 0, so net sales are the amounts before any discount the orders had.</source>
        <translation>Keine Spalte enthält Rabatte: Sie zählen als 0, daher sind die Nettoumsätze die Beträge vor allen Rabatten der Bestellungen.</translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="517"/>
        <source>Blank lines skipped: %1 (for example line %2).</source>
        <translation>Übersprungene Leerzeilen: %1 (zum Beispiel Zeile %2).</translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="520"/>
        <source>Totals rows skipped (no date, a cell such as &quot;Summe&quot; or &quot;Total&quot;): they sum the file and are no sale: %1 (for example line %2).</source>
        <translation>Summenzeilen übersprungen (ohne Datum, mit einer Zelle wie „Summe“ oder „Total“): Sie summieren die Datei und sind kein Verkauf: %1 (zum Beispiel Zeile %2).</translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="525"/>
        <source>Service charge lines left out (marked in the column &quot;%1&quot;): a service charge is not sales: %2 (for example line %3).</source>
        <translation>Positionen mit Servicegebühr ausgelassen (markiert in der Spalte „%1“): Eine Servicegebühr ist kein Umsatz: %2 (zum Beispiel Zeile %3).</translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="529"/>
        <source>eBay&apos;s summary rows of orders of several items left out: such an order has a row with its shipping and total and no item, then a row per item, which are imported: %1 (for example line %2).</source>
        <translation>Zusammenfassungszeilen von eBay-Bestellungen mit mehreren Artikeln ausgelassen: Eine solche Bestellung hat eine Zeile mit ihrem Versand und ihrer Gesamtsumme ohne Artikel, dann eine Zeile je Artikel, die importiert werden: %1 (zum Beispiel Zeile %2).</translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="534"/>
        <source>eBay&apos;s footer lines left out (the records downloaded, the seller ID): %1 (for example line %2).</source>
        <translation>Fußzeilen von eBay ausgelassen (die heruntergeladenen Datensätze, die Verkäufer-ID): %1 (zum Beispiel Zeile %2).</translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="538"/>
        <source>Refunds of orders imported before, each a return line on its order dated on the refund&apos;s day (not a sale): %1 (for example line %2).</source>
        <translation>Erstattungen früher importierter Bestellungen, jede eine Retourenzeile ihrer Bestellung am Tag der Erstattung (kein Verkauf): %1 (zum Beispiel Zeile %2).</translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="542"/>
        <source>%1: %2 (for example line %3), left out: not refunds of sales.</source>
        <translation>%1: %2 (zum Beispiel Zeile %3), ausgelassen: keine Erstattungen von Verkäufen.</translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="543"/>
        <source>Rows without a type</source>
        <translation>Zeilen ohne Typ</translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="546"/>
        <source>Lines with quantity 0 and no amount skipped (nothing sold or returned): %1 (for example line %2).</source>
        <translation>Übersprungene Zeilen mit Menge 0 und ohne Betrag (nichts verkauft oder zurückgegeben): %1 (zum Beispiel Zeile %2).</translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="554"/>
        <source>Voided lines left out (marked in the column &quot;%1&quot;): taken off before payment, they are no sale: %2, %3 (for example line %4); orders voided as a whole: %5, orders whose other lines are imported: %6.</source>
        <translation>Stornierte Zeilen ausgelassen (markiert in der Spalte „%1“): vor der Zahlung entfernt, sie sind kein Verkauf: %2, %3 (zum Beispiel Zeile %4); ganz stornierte Bestellungen: %5, Bestellungen, deren übrige Zeilen importiert werden: %6.</translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="565"/>
        <source>Lines with status &quot;%1&quot; left out: no payment was taken for them: %2 (for example line %3). The other lines of their orders are imported (orders with such lines: %4).</source>
        <translation>Zeilen mit dem Status „%1“ ausgelassen: Für sie wurde keine Zahlung erfasst: %2 (zum Beispiel Zeile %3). Die übrigen Zeilen ihrer Bestellungen werden importiert (Bestellungen mit solchen Zeilen: %4).</translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="572"/>
        <source>1 order with status &quot;%1&quot; left out: no payment was taken (%2, for example line %3).</source>
        <translation>1 Bestellung mit dem Status „%1“ ausgelassen: Es wurde keine Zahlung erfasst (%2, zum Beispiel Zeile %3).</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/import/DataQuality.cpp" line="574"/>
        <source>%n orders with status &quot;%1&quot; left out: no payment was taken (%2, for example line %3).</source>
        <translation>
            <numerusform>%n Bestellung mit dem Status „%1“ ausgelassen: Es wurde keine Zahlung erfasst (%2, zum Beispiel Zeile %3).</numerusform>
            <numerusform>%n Bestellungen mit dem Status „%1“ ausgelassen: Es wurde keine Zahlung erfasst (%2, zum Beispiel Zeile %3).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="580"/>
        <source>Till receipts &quot;%1&quot; left out (%2): %3 (for example line %4).</source>
        <translation>Kassenbelege „%1“ ausgelassen (%2): %3 (zum Beispiel Zeile %4).</translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="588"/>
        <source>&quot;%1&quot;</source>
        <comment>a status value quoted in a list</comment>
        <translation>„%1“</translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="593"/>
        <source>Order statuses StoreLens does not know, counted as sales: %1 (%2, for example line %3). Check that these orders were paid. If one of these values marks a refunded order, tick it in the Check page&apos;s status box and choose &quot;Count Ticked as Sold, Then Refunded&quot; (or give --cancel-status VALUE): its orders then count as a sale and a return.</source>
        <translation>Bestellstatus, die StoreLens nicht kennt, als Verkäufe gezählt: %1 (%2, zum Beispiel Zeile %3). Prüfen Sie, ob diese Bestellungen bezahlt wurden. Steht einer dieser Werte für eine erstattete Bestellung, kreuzen Sie ihn im Statusfeld der Seite „Prüfen“ an und wählen Sie „Angekreuzte als verkauft, dann erstattet zählen“ (oder geben Sie --cancel-status WERT an): Seine Bestellungen zählen dann als Verkauf und Retoure.</translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="599"/>
        <source>If one of these values means the order was never paid (a bank transfer still pending, a line voided at the till), tick it there and choose &quot;Leave Ticked Out (Never Paid)&quot; (or give --not-sold-status VALUE): its orders are then left out.</source>
        <translation>Bedeutet einer dieser Werte, dass die Bestellung nie bezahlt wurde (eine noch ausstehende Überweisung, eine an der Kasse stornierte Zeile), kreuzen Sie ihn dort an und wählen Sie „Angekreuzte auslassen (nie bezahlt)“ (oder geben Sie --not-sold-status WERT an): Seine Bestellungen bleiben dann außen vor.</translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="640"/>
        <source>Return lines of orders marked refunded or cancelled: %1 (for example line %2).</source>
        <translation>Retourenzeilen von Bestellungen, die als erstattet oder storniert markiert sind: %1 (zum Beispiel Zeile %2).</translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="606"/>
        <source>Lines rejected because of the column &quot;%1&quot;: %2 (for example line %3: %4)</source>
        <translation>Wegen der Spalte „%1“ abgelehnte Zeilen: %2 (zum Beispiel Zeile %3: %4)</translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="610"/>
        <source>Lines rejected: %1 (for example line %2: %3)</source>
        <translation>Abgelehnte Zeilen: %1 (zum Beispiel Zeile %2: %3)</translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="614"/>
        <source>Exact copies of an earlier line: %1 (for example line %2 repeats line %3). They are imported as lines of their own. A till lists an article scanned twice in one sale this way, which is right; a file that lists the same rows twice does too, and then they count twice.</source>
        <translation>Exakte Kopien einer früheren Zeile: %1 (zum Beispiel wiederholt Zeile %2 die Zeile %3). Sie werden als eigene Zeilen importiert. Eine Kasse führt so einen Artikel auf, der in einem Verkauf zweimal gescannt wurde, und das ist richtig; eine Datei, die dieselben Zeilen zweimal enthält, tut das auch, und dann zählen sie doppelt.</translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="622"/>
        <source>Lines without a customer (guest or walk-in sales): %1 (for example line %2).</source>
        <translation>Zeilen ohne Kunde (Gast- oder Laufkundschaftsverkäufe): %1 (zum Beispiel Zeile %2).</translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="625"/>
        <source>Lines without a customer (guest or walk-in sales): %1 (%2 of sales; for example line %3).</source>
        <translation>Zeilen ohne Kunde (Gast- oder Laufkundschaftsverkäufe): %1 (%2 des Umsatzes; zum Beispiel Zeile %3).</translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="634"/>
        <source>Returns from cancellation invoices (order id starting with &quot;%1&quot;): %2 (for example line %3).</source>
        <translation>Retouren aus Stornorechnungen (Bestellnummer beginnt mit „%1“): %2 (zum Beispiel Zeile %3).</translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="645"/>
        <source>Lines marked refunded in the column &quot;%1&quot;: %2, each a sale and a return (for example line %3).</source>
        <translation>In der Spalte „%1“ als erstattet markierte Positionen: %2, jede ein Verkauf und eine Retoure (zum Beispiel Zeile %3).</translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="650"/>
        <source>Refund rows (their status says refunded): %1, each a return dated on the refund&apos;s day, not a sale (for example line %2).</source>
        <translation>Erstattungszeilen (ihr Status sagt erstattet): %1, jede eine Retoure am Tag der Erstattung, kein Verkauf (zum Beispiel Zeile %2).</translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="659"/>
        <source>Orders marked partially refunded: %1 (for example line %2). Their refunds are not in this file&apos;s lines, so returns and net sales leave them out: import the refunds export to count them.</source>
        <translation>Als teilweise erstattet markierte Bestellungen: %1 (zum Beispiel Zeile %2). Ihre Erstattungen stehen nicht in den Zeilen dieser Datei, daher fehlen sie in Retouren und Nettoumsatz: Importieren Sie den Erstattungsexport, um sie mitzuzählen.</translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="666"/>
        <source>Orders marked partially refunded: %1 (for example line %2). Their refunds are not in this file&apos;s lines, so returns and net sales leave them out. The status counts an order as returned only when it was refunded or cancelled in full; a column with each order&apos;s refunded amount, mapped as &quot;Refund amount&quot;, would count partial refunds.</source>
        <translation>Als teilweise erstattet markierte Bestellungen: %1 (zum Beispiel Zeile %2). Ihre Erstattungen stehen nicht in den Zeilen dieser Datei, daher fehlen sie in Retouren und Nettoumsatz. Der Status zählt eine Bestellung nur dann als Retoure, wenn sie vollständig erstattet oder storniert wurde; eine Spalte mit dem erstatteten Betrag jeder Bestellung, zugeordnet als „Erstattungsbetrag“, würde Teilerstattungen zählen.</translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="673"/>
        <source>Orders marked partially refunded: %1 (for example line %2). Their refunds are counted from the column &quot;%3&quot;.</source>
        <translation>Als teilweise erstattet markierte Bestellungen: %1 (zum Beispiel Zeile %2). Ihre Erstattungen werden aus der Spalte „%3“ gezählt.</translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="678"/>
        <source>Returns from the column &quot;%1&quot; (the refund of an order whose status does not say refunded, one line each): %2 (for example line %3).</source>
        <translation>Retouren aus der Spalte „%1“ (die Erstattung einer Bestellung, deren Status nicht „erstattet“ lautet, je eine Zeile): %2 (zum Beispiel Zeile %3).</translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="683"/>
        <source>Storno receipts (BON_STORNO 1), each a return of its amount on its own day that takes back an earlier sale: %1 (for example line %2).</source>
        <translation>Stornobelege (BON_STORNO 1), jeder eine Retoure seines Betrags an seinem eigenen Tag, die einen früheren Verkauf zurücknimmt: %1 (zum Beispiel Zeile %2).</translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="689"/>
        <source>Returns (a negative quantity or amount): %1 (for example line %2).</source>
        <translation>Retouren (negative Menge oder negativer Betrag): %1 (zum Beispiel Zeile %2).</translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="692"/>
        <source>Lines with a price of 0 (free items, samples or a missing price): %1 (for example line %2).</source>
        <translation>Zeilen mit einem Preis von 0 (Gratisartikel, Proben oder fehlender Preis): %1 (zum Beispiel Zeile %2).</translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="697"/>
        <source>Lines with a negative price (usually adjustments, not sales): %1 (for example line %2).</source>
        <translation>Zeilen mit negativem Preis (meist Korrekturen, keine Verkäufe): %1 (zum Beispiel Zeile %2).</translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="701"/>
        <source>Lines with a quantity that is not a whole number (goods sold by weight or length): %1 (for example line %2). Units and units per transaction add these quantities to the pieces sold.</source>
        <translation>Zeilen mit einer Menge, die keine ganze Zahl ist (Ware nach Gewicht oder Länge): %1 (zum Beispiel Zeile %2). Einheiten und Einheiten pro Bon zählen diese Mengen zu den verkauften Stücken.</translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="720"/>
        <source>SKUs that look like fees or adjustments rather than products: %1: %2 (%3, for example line %4). Mark them as &quot;not a product&quot; to keep them out of product rankings; their lines stay in sales.</source>
        <translation>Artikelnummern, die eher nach Gebühren oder Korrekturen als nach Produkten aussehen: %1: %2 (%3, zum Beispiel Zeile %4). Markieren Sie sie als „kein Produkt“, um sie aus den Produktranglisten herauszuhalten; ihre Zeilen bleiben im Umsatz.</translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="728"/>
        <source>Lines dated after today: %1, up to %2 (for example line %3). Check the date order of the file.</source>
        <translation>Zeilen mit einem Datum nach heute: %1, bis %2 (zum Beispiel Zeile %3). Prüfen Sie die Datumsreihenfolge der Datei.</translation>
    </message>
    <message>
        <location filename="../core/import/OrderIdSpread.cpp" line="117"/>
        <source>on 1 day</source>
        <translation>an 1 Tag</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/import/OrderIdSpread.cpp" line="118"/>
        <source>on %n different days</source>
        <translation>
            <numerusform>an %n verschiedenen Tag</numerusform>
            <numerusform>an %n verschiedenen Tagen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/import/OrderIdSpread.cpp" line="120"/>
        <source>in 1 store</source>
        <translation>in 1 Filiale</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/import/OrderIdSpread.cpp" line="121"/>
        <source>in %n stores</source>
        <translation>
            <numerusform>in %n Filiale</numerusform>
            <numerusform>in %n Filialen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/import/OrderIdSpread.cpp" line="124"/>
        <source>1 order ID of the file appears on days more than a day apart or in more than one store: order &quot;%1&quot; appears %2 %3 (first on line %4).</source>
        <translation>1 Bestellnummer der Datei kommt an Tagen vor, die mehr als einen Tag auseinanderliegen, oder in mehr als einer Filiale: Bestellung „%1“ kommt %2 %3 vor (zuerst in Zeile %4).</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/import/OrderIdSpread.cpp" line="127"/>
        <source>%n order IDs of the file appear on days more than a day apart or in more than one store; for example, order &quot;%1&quot; appears %2 %3 (first on line %4).</source>
        <translation>
            <numerusform>%n Bestellnummer der Datei kommt an Tagen vor, die mehr als einen Tag auseinanderliegen, oder in mehr als einer Filiale; zum Beispiel kommt Bestellung „%1“ %2 %3 vor (zuerst in Zeile %4).</numerusform>
            <numerusform>%n Bestellnummern der Datei kommen an Tagen vor, die mehr als einen Tag auseinanderliegen, oder in mehr als einer Filiale; zum Beispiel kommt Bestellung „%1“ %2 %3 vor (zuerst in Zeile %4).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/import/OrderIdSpread.cpp" line="132"/>
        <source>Each such ID counts as one order. Order numbers may restart per till, series or year.</source>
        <translation>Jede solche Nummer zählt als eine Bestellung. Bestellnummern beginnen vielleicht je Kasse, Serie oder Jahr neu.</translation>
    </message>
    <message>
        <location filename="../core/import/OrderIdSpread.cpp" line="136"/>
        <source>If a column tells them apart (a series, a till), map it as &quot;%1&quot; (on the command line: --map &quot;COLUMN=order_series&quot;).</source>
        <translation>Wenn eine Spalte sie unterscheidet (eine Serie, eine Kasse), ordnen Sie sie „%1“ zu (in der Befehlszeile: --map &quot;SPALTE=order_series&quot;).</translation>
    </message>
    <message>
        <location filename="../core/import/OrderIdSpread.cpp" line="139"/>
        <source>Combine them with the column &quot;%1&quot;: map it as &quot;%2&quot; (on the command line: --map &quot;%1=order_series&quot;).</source>
        <translation>Kombinieren Sie sie mit der Spalte „%1“: Ordnen Sie sie „%2“ zu (in der Befehlszeile: --map &quot;%1=order_series&quot;).</translation>
    </message>
</context>
<context>
    <name>storelens::core::DisplayNames</name>
    <message>
        <location filename="../core/model/DisplayNames.cpp" line="10"/>
        <source>Main store</source>
        <translation>Hauptfiliale</translation>
    </message>
    <message>
        <location filename="../core/model/DisplayNames.cpp" line="11"/>
        <source>In store</source>
        <translation>Im Laden</translation>
    </message>
    <message>
        <location filename="../core/model/DisplayNames.cpp" line="12"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../core/model/DisplayNames.cpp" line="13"/>
        <source>Online shop</source>
        <translation>Onlineshop</translation>
    </message>
</context>
<context>
    <name>storelens::core::DsfinvkReceipts</name>
    <message>
        <location filename="../core/import/DsfinvkReceipts.cpp" line="80"/>
        <source>money moved into or out of the till, not sold</source>
        <translation>Geld in die Kasse gelegt oder aus ihr genommen, nichts verkauft</translation>
    </message>
    <message>
        <location filename="../core/import/DsfinvkReceipts.cpp" line="82"/>
        <source>receipts aborted before payment</source>
        <translation>vor der Zahlung abgebrochene Belege</translation>
    </message>
    <message>
        <location filename="../core/import/DsfinvkReceipts.cpp" line="84"/>
        <source>receipts made for training</source>
        <translation>zur Schulung erstellte Belege</translation>
    </message>
    <message>
        <location filename="../core/import/DsfinvkReceipts.cpp" line="86"/>
        <source>orders taken, sold on the receipt that closes them</source>
        <translation>aufgenommene Bestellungen, verkauft auf dem Beleg, der sie abschließt</translation>
    </message>
    <message>
        <location filename="../core/import/DsfinvkReceipts.cpp" line="88"/>
        <source>receipts moved to another table or till, sold on the receipt that closes them</source>
        <translation>auf einen anderen Tisch oder eine andere Kasse übertragene Belege, verkauft auf dem Beleg, der sie abschließt</translation>
    </message>
    <message>
        <location filename="../core/import/DsfinvkReceipts.cpp" line="90"/>
        <source>receipts voided in full, which the till&apos;s takings leave out</source>
        <translation>vollständig stornierte Belege, die in den Einnahmen der Kasse nicht zählen</translation>
    </message>
</context>
<context>
    <name>storelens::core::EarlierOrders</name>
    <message>
        <location filename="../core/import/EarlierOrders.cpp" line="111"/>
        <source>1 refund of an earlier order</source>
        <translation>1 Erstattung einer früheren Bestellung</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/import/EarlierOrders.cpp" line="112"/>
        <source>%n refunds of earlier orders</source>
        <translation>
            <numerusform>%n Erstattung früherer Bestellungen</numerusform>
            <numerusform>%n Erstattungen früherer Bestellungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/import/EarlierOrders.cpp" line="115"/>
        <source>eBay transaction report: %1 of the source &quot;%2&quot;, %3 in all.</source>
        <translation>eBay-Transaktionsbericht: %1 der Quelle „%2“, insgesamt %3.</translation>
    </message>
    <message>
        <location filename="../core/import/EarlierOrders.cpp" line="116"/>
        <source>A file of refunds: %1 of the source &quot;%2&quot;, %3 in all.</source>
        <translation>Eine Datei mit Erstattungen: %1 der Quelle „%2“, insgesamt %3.</translation>
    </message>
    <message>
        <location filename="../core/import/EarlierOrders.cpp" line="123"/>
        <source>It is counted as a return on its order, on the refund&apos;s day.</source>
        <translation>Sie zählt als Retoure ihrer Bestellung, am Tag der Erstattung.</translation>
    </message>
    <message>
        <location filename="../core/import/EarlierOrders.cpp" line="124"/>
        <source>They are counted as returns, each on its order and its refund&apos;s day.</source>
        <translation>Sie zählen als Retouren, jede bei ihrer Bestellung und am Tag ihrer Erstattung.</translation>
    </message>
    <message>
        <location filename="../core/import/EarlierOrders.cpp" line="127"/>
        <source>%1 is counted as returns, each on its order and its refund&apos;s day; %2 refunded beyond the orders&apos; sales (shipping or tax, which are not sales) is left out.</source>
        <translation>%1 zählt als Retouren, jede bei ihrer Bestellung und am Tag ihrer Erstattung; %2, über den Umsatz der Bestellungen hinaus erstattet (Versand oder Steuer, die kein Umsatz sind), bleibt außen vor.</translation>
    </message>
</context>
<context>
    <name>storelens::core::Entity</name>
    <message>
        <location filename="../core/model/Entities.cpp" line="12"/>
        <source>Orders and order lines</source>
        <translation>Bestellungen und Bestellzeilen</translation>
    </message>
    <message>
        <location filename="../core/model/Entities.cpp" line="13"/>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location filename="../core/model/Entities.cpp" line="14"/>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <location filename="../core/model/Entities.cpp" line="15"/>
        <source>Inventory snapshots</source>
        <translation>Lagerbestände</translation>
    </message>
    <message>
        <location filename="../core/model/Entities.cpp" line="16"/>
        <source>Store traffic</source>
        <translation>Besucherfrequenz</translation>
    </message>
    <message>
        <location filename="../core/model/Entities.cpp" line="17"/>
        <source>Staffing</source>
        <translation>Personalbestand</translation>
    </message>
    <message>
        <location filename="../core/model/Entities.cpp" line="18"/>
        <source>Marketing spend</source>
        <translation>Marketingausgaben</translation>
    </message>
</context>
<context>
    <name>storelens::core::ExportStyles</name>
    <message>
        <location filename="../core/import/ExportStyles.cpp" line="249"/>
        <location filename="../core/import/ExportStylesPrestaShop.cpp" line="166"/>
        <source>&quot;%1&quot; is each order&apos;s total with tax and shipping: net sales include the shipping the orders charged.</source>
        <translation>„%1“ ist die Gesamtsumme jeder Bestellung mit Steuer und Versand: Der Nettoumsatz enthält die berechneten Versandkosten.</translation>
    </message>
    <message>
        <location filename="../core/import/ExportStyles.cpp" line="259"/>
        <source>&quot;%1&quot; holds Shopware&apos;s internal state ids, not state names, so cancelled orders cannot be recognised and count as sales. To count cancelled and refunded orders as returns, add the payment&apos;s state (transactions.stateMachineState.technicalName) to the export profile in Shopware: StoreLens reads it as the status.</source>
        <translation>„%1“ enthält Shopwares interne Status-IDs, keine Statusnamen; stornierte Bestellungen sind daher nicht erkennbar und zählen als Verkäufe. Damit stornierte und erstattete Bestellungen als Retouren zählen, nehmen Sie den Zahlungsstatus (transactions.stateMachineState.technicalName) in das Exportprofil in Shopware auf: StoreLens liest ihn als Status.</translation>
    </message>
    <message>
        <location filename="../core/import/ExportStyles.cpp" line="268"/>
        <source>&quot;%1&quot; names products by Shopware&apos;s internal ids, without prices, so the orders carry no products.</source>
        <translation>„%1“ nennt die Produkte nur mit Shopwares internen IDs und ohne Preise; die Bestellungen enthalten daher keine Produkte.</translation>
    </message>
    <message>
        <location filename="../core/import/ExportStylesPrestaShop.cpp" line="173"/>
        <source>&quot;%1&quot; names customers by an initial and a surname (&quot;A. Fabre&quot;), which can be several people: the orders count as guest sales, and customer figures (retention, segments, lifetime value) leave them out.</source>
        <translation>„%1“ nennt Kunden mit Initiale und Nachname („A. Fabre“), was mehrere Personen sein können: Die Bestellungen zählen als Gastverkäufe, und Kundenkennzahlen (Bindung, Segmente, Kundenwert) lassen sie aus.</translation>
    </message>
    <message>
        <location filename="../core/import/ExportStylesPrestaShop.cpp" line="179"/>
        <source>The orders list names no products, so the orders carry none.</source>
        <translation>Die Bestellliste nennt keine Produkte, daher enthalten die Bestellungen keine.</translation>
    </message>
    <message>
        <location filename="../core/import/ExportStylesLoyverse.cpp" line="151"/>
        <source>&quot;%1&quot; is the cost of the whole line, not of one unit: StoreLens reads costs per unit, so it leaves the column out, and gross margin is not shown for these sales.</source>
        <translation>„%1“ sind die Kosten der ganzen Zeile, nicht einer Einheit: StoreLens liest Kosten je Einheit, lässt die Spalte daher aus, und für diese Verkäufe wird keine Bruttomarge gezeigt.</translation>
    </message>
    <message>
        <location filename="../core/import/ExportStylesWix.cpp" line="87"/>
        <source>Wix&apos;s export names each order&apos;s coupon (&quot;%1&quot;) but not what it took off, and for %2 of its %3 coupon orders it could not be worked out from the order&apos;s Total: their discounts are unknown, and their net sales hold what their coupons took off.</source>
        <translation>Der Export von Wix nennt den Gutschein jeder Bestellung („%1“), aber nicht, was er abgezogen hat, und bei %2 seiner %3 Bestellungen mit Gutschein ließ es sich nicht aus dem „Total“ der Bestellung errechnen: Ihre Rabatte sind unbekannt, und ihr Nettoumsatz enthält, was ihre Gutscheine abgezogen haben.</translation>
    </message>
    <message>
        <location filename="../core/import/ExportStylesWix.cpp" line="95"/>
        <source>Wix&apos;s export names each order&apos;s coupon (&quot;%1&quot;) but not what it took off: discounts are unknown, and the net sales of orders with a coupon hold its amount.</source>
        <translation>Der Export von Wix nennt den Gutschein jeder Bestellung („%1“), aber nicht, was er abgezogen hat: Rabatte sind unbekannt, und der Nettoumsatz von Bestellungen mit Gutschein enthält seinen Betrag.</translation>
    </message>
    <message>
        <location filename="../core/import/ExportStylesDsfinvk.cpp" line="96"/>
        <source>The receipts file (transactions.csv) holds each receipt&apos;s total, not its items, which are in lines.csv: the receipts carry no products.</source>
        <translation>Die Belegdatei (transactions.csv) enthält die Summe jedes Belegs, nicht seine Positionen, die in lines.csv stehen: Die Belege enthalten keine Produkte.</translation>
    </message>
    <message>
        <location filename="../core/import/ExportStylesSquareOnline.cpp" line="90"/>
        <source>Square&apos;s item prices include the tax (VAT), and its export gives no price without it, only each order&apos;s tax in all: gross and net sales include the tax.</source>
        <translation>Die Artikelpreise von Square enthalten die Steuer (Mehrwertsteuer), und sein Export gibt keinen Preis ohne sie an, nur die Steuer jeder Bestellung insgesamt: Brutto- und Nettoumsatz enthalten die Steuer.</translation>
    </message>
    <message>
        <location filename="../core/import/ExportStylesSquareOnline.cpp" line="95"/>
        <source>Square&apos;s export gives no coupon amounts: each is worked out as the order&apos;s items less its Order Subtotal, which could not be done for %1 of the %2 orders with a coupon: their discounts are unknown, and their net sales hold what their coupons took off.</source>
        <translation>Der Export von Square gibt keine Gutscheinbeträge an: Jeder wird als die Artikel der Bestellung abzüglich ihres „Order Subtotal“ errechnet, was bei %1 der %2 Bestellungen mit Gutschein nicht möglich war: Ihre Rabatte sind unbekannt, und ihr Nettoumsatz enthält, was ihre Gutscheine abgezogen haben.</translation>
    </message>
    <message>
        <location filename="../core/import/ExportStylesAmazon.cpp" line="64"/>
        <source>Amazon&apos;s report names no buyer: its orders count as guest sales; customer figures cannot include Amazon buyers.</source>
        <translation>Der Amazon-Bericht nennt keinen Käufer: Seine Bestellungen zählen als Gastverkäufe; Kundenkennzahlen können Amazon-Käufer nicht enthalten.</translation>
    </message>
    <message>
        <location filename="../core/import/ExportStylesAmazon.cpp" line="67"/>
        <source>Amazon&apos;s report names no buyer: this order counts as a guest sale; customer figures cannot include Amazon buyers.</source>
        <translation>Der Amazon-Bericht nennt keinen Käufer: Diese Bestellung zählt als Gastverkauf; Kundenkennzahlen können Amazon-Käufer nicht enthalten.</translation>
    </message>
    <message>
        <location filename="../core/import/ExportStylesAmazon.cpp" line="69"/>
        <source>Amazon&apos;s report names no buyer: these %1 orders count as guest sales; customer figures cannot include Amazon buyers.</source>
        <translation>Der Amazon-Bericht nennt keinen Käufer: Diese %1 Bestellungen zählen als Gastverkäufe; Kundenkennzahlen können Amazon-Käufer nicht enthalten.</translation>
    </message>
</context>
<context>
    <name>storelens::core::FieldCatalog</name>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="49"/>
        <source>Order ID</source>
        <translation>Bestellnummer</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="67"/>
        <source>Order ID series (joined with the order ID: T1 + 5 = T1/5)</source>
        <translation>Serie der Bestellnummer (mit der Bestellnummer verbunden: T1 + 5 = T1/5)</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="71"/>
        <source>Order date</source>
        <translation>Bestelldatum</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="80"/>
        <source>Time of day</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="84"/>
        <location filename="../core/import/FieldCatalog.cpp" line="250"/>
        <source>Customer ID</source>
        <translation>Kundennummer</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="94"/>
        <source>Customer name</source>
        <translation>Kundenname</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="99"/>
        <source>Customer email</source>
        <translation>E-Mail des Kunden</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="108"/>
        <source>Customer phone</source>
        <translation>Telefon des Kunden</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="119"/>
        <location filename="../core/import/FieldCatalog.cpp" line="300"/>
        <location filename="../core/import/FieldCatalog.cpp" line="327"/>
        <source>SKU</source>
        <translation>Artikelnummer (SKU)</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="128"/>
        <location filename="../core/import/FieldCatalog.cpp" line="304"/>
        <source>Product name</source>
        <translation>Produktname</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="135"/>
        <location filename="../core/import/FieldCatalog.cpp" line="307"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="141"/>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="147"/>
        <source>Unit price</source>
        <translation>Stückpreis</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="155"/>
        <source>Line total (instead of unit price)</source>
        <translation>Zeilensumme (statt Stückpreis)</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="162"/>
        <source>Line discount</source>
        <translation>Zeilenrabatt</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="167"/>
        <source>Line discount as a rate (0.2 = 20 %)</source>
        <translation>Zeilenrabatt als Satz (0,2 = 20 %)</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="172"/>
        <source>Line discount as a percentage (20 = 20 %)</source>
        <translation>Zeilenrabatt in Prozent (20 = 20 %)</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="175"/>
        <location filename="../core/import/FieldCatalog.cpp" line="310"/>
        <location filename="../core/import/FieldCatalog.cpp" line="333"/>
        <source>Unit cost</source>
        <translation>Einstandspreis</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="181"/>
        <source>Order discount (for the whole order)</source>
        <translation>Bestellrabatt (für die ganze Bestellung)</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="192"/>
        <source>Shipping (for the whole order)</source>
        <translation>Versand (für die ganze Bestellung)</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="194"/>
        <location filename="../core/import/FieldCatalog.cpp" line="325"/>
        <location filename="../core/import/FieldCatalog.cpp" line="342"/>
        <location filename="../core/import/FieldCatalog.cpp" line="356"/>
        <source>Store</source>
        <translation>Filiale</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="199"/>
        <location filename="../core/import/FieldCatalog.cpp" line="370"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="202"/>
        <location filename="../core/import/FieldCatalog.cpp" line="277"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="207"/>
        <source>Status (marks cancellations)</source>
        <translation>Status (kennzeichnet Stornierungen)</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="212"/>
        <source>Refund date (of a cancelled order)</source>
        <translation>Erstattungsdatum (einer stornierten Bestellung)</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="217"/>
        <source>Refund amount (for the whole order)</source>
        <translation>Erstattungsbetrag (für die ganze Bestellung)</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="221"/>
        <source>Product details (all of the order&apos;s items in one cell)</source>
        <translation>Produktdetails (alle Artikel der Bestellung in einer Zelle)</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="226"/>
        <source>Line refunded (yes: the line is a sale and a return)</source>
        <translation>Position erstattet (ja: die Position ist ein Verkauf und eine Retoure)</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="230"/>
        <source>Service charge (yes: the line is no sale and is left out)</source>
        <translation>Servicegebühr (ja: die Position ist kein Verkauf und wird ausgelassen)</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="237"/>
        <source>Voided (yes: taken off before payment, no sale: left out)</source>
        <translation>Storniert (ja: vor der Zahlung entfernt, kein Verkauf: ausgelassen)</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="241"/>
        <source>Line ID (the export&apos;s own id of a line)</source>
        <translation>Zeilen-ID (die eigene ID einer Zeile im Export)</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="254"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="257"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="260"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="265"/>
        <source>Birth date</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="268"/>
        <source>Age band</source>
        <translation>Altersgruppe</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="270"/>
        <source>Gender</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="272"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="274"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="279"/>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="282"/>
        <source>Loyalty tier</source>
        <translation>Treuestufe</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="285"/>
        <source>Acquisition channel</source>
        <translation>Akquisekanal</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="115"/>
        <location filename="../core/import/FieldCatalog.cpp" line="288"/>
        <source>Email marketing consent</source>
        <translation>Einwilligung E-Mail-Marketing</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="292"/>
        <source>SMS marketing consent</source>
        <translation>Einwilligung SMS-Marketing</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="313"/>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="322"/>
        <source>Snapshot date</source>
        <translation>Stichtag des Bestands</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="330"/>
        <source>On hand</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="344"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="347"/>
        <source>Visitors</source>
        <translation>Besucher</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="359"/>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="361"/>
        <source>Headcount</source>
        <translation>Mitarbeiterzahl</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="372"/>
        <source>Day or month</source>
        <translation>Tag oder Monat</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="374"/>
        <source>Amount spent</source>
        <translation>Ausgegebener Betrag</translation>
    </message>
</context>
<context>
    <name>storelens::core::ImportProfile</name>
    <message>
        <location filename="../core/import/ImportProfile.cpp" line="235"/>
        <source>The import profile is not valid JSON: %1</source>
        <translation>Das Importprofil ist kein gültiges JSON: %1</translation>
    </message>
    <message>
        <location filename="../core/import/ImportProfile.cpp" line="240"/>
        <source>The file is not a StoreLens import profile (version %1).</source>
        <translation>Die Datei ist kein StoreLens-Importprofil (Version %1).</translation>
    </message>
    <message>
        <location filename="../core/import/ImportProfile.cpp" line="249"/>
        <source>The import profile names an unknown table &quot;%1&quot;.</source>
        <translation>Das Importprofil nennt eine unbekannte Tabelle „%1“.</translation>
    </message>
    <message>
        <location filename="../core/import/ImportProfile.cpp" line="258"/>
        <source>The import profile names an unknown encoding &quot;%1&quot;.</source>
        <translation>Das Importprofil nennt eine unbekannte Zeichenkodierung „%1“.</translation>
    </message>
    <message>
        <location filename="../core/import/ImportProfile.cpp" line="270"/>
        <source>The import profile&apos;s date order must be ymd, dmy, mdy or unknown.</source>
        <translation>Die Datumsreihenfolge des Importprofils muss ymd, dmy, mdy oder unknown sein.</translation>
    </message>
    <message>
        <location filename="../core/import/ImportProfile.cpp" line="277"/>
        <source>The import profile&apos;s decimal separator must be &quot;.&quot; or &quot;,&quot;.</source>
        <translation>Das Dezimaltrennzeichen des Importprofils muss „.“ oder „,“ sein.</translation>
    </message>
    <message>
        <location filename="../core/import/ImportProfile.cpp" line="290"/>
        <source>The import profile maps column &quot;%1&quot; to an unknown field &quot;%2&quot;; the fields of this kind of file are: %3.</source>
        <translation>Das Importprofil ordnet die Spalte „%1“ einem unbekannten Feld „%2“ zu; die Felder dieser Art von Datei sind: %3.</translation>
    </message>
    <message>
        <location filename="../core/import/ImportProfile.cpp" line="325"/>
        <source>The import profile&apos;s line_total must be before_discount or after_discount, and its orders_without_id row or customer_day.</source>
        <translation>line_total des Importprofils muss before_discount oder after_discount sein, orders_without_id muss row oder customer_day sein.</translation>
    </message>
    <message>
        <location filename="../core/import/ImportProfile.cpp" line="337"/>
        <source>The import profile&apos;s customer_key must be id or email_first.</source>
        <translation>customer_key des Importprofils muss id oder email_first sein.</translation>
    </message>
    <message>
        <location filename="../core/import/ImportProfile.cpp" line="344"/>
        <source>The import profile&apos;s order_discount must be separate or includes_line_discounts.</source>
        <translation>order_discount des Importprofils muss separate oder includes_line_discounts sein.</translation>
    </message>
    <message>
        <location filename="../core/import/ImportProfile.cpp" line="358"/>
        <source>The import profile&apos;s blank_quantity must be one or rejected.</source>
        <translation>blank_quantity des Importprofils muss one oder rejected sein.</translation>
    </message>
    <message>
        <location filename="../core/import/ImportProfile.cpp" line="366"/>
        <source>The import profile&apos;s rows must be sales or refunds_of_earlier_orders.</source>
        <translation>rows im Importprofil muss sales oder refunds_of_earlier_orders sein.</translation>
    </message>
    <message>
        <location filename="../core/import/ImportProfile.cpp" line="380"/>
        <source>The import profile could not be read: %1</source>
        <translation>Das Importprofil konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../core/import/ImportProfile.cpp" line="390"/>
        <source>The import profile could not be saved: %1</source>
        <translation>Das Importprofil konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>storelens::core::Importer</name>
    <message>
        <location filename="../core/import/Importer.cpp" line="218"/>
        <source>The workspace could not be written: %1</source>
        <translation>Der Arbeitsbereich konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../core/import/Importer.cpp" line="392"/>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <location filename="../core/import/Importer.cpp" line="433"/>
        <source>&quot;%1&quot; (line %2)</source>
        <translation>„%1“ (Zeile %2)</translation>
    </message>
    <message>
        <location filename="../core/import/Importer.cpp" line="620"/>
        <source>Column &quot;%1&quot;, value &quot;%2&quot;: %3</source>
        <translation>Spalte „%1“, Wert „%2“: %3</translation>
    </message>
    <message>
        <location filename="../core/import/Importer.cpp" line="623"/>
        <source>Nothing was imported.</source>
        <translation>Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location filename="../core/import/Importer.cpp" line="580"/>
        <source>The import was cancelled; the workspace is unchanged.</source>
        <translation>Der Import wurde abgebrochen; der Arbeitsbereich ist unverändert.</translation>
    </message>
    <message>
        <location filename="../core/import/Importer.cpp" line="53"/>
        <source>The workspace could not be read: %1</source>
        <translation>Der Arbeitsbereich konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../core/import/Importer.cpp" line="338"/>
        <source>%1 has one row per order, and %2 of its %3 orders (such as %4) are already in the workspace line by line (source &quot;%5&quot;, from Etsy&apos;s Sold Order Items export). Importing it would count those orders twice or replace their item lines with one line per order. Nothing was imported. Import only the Sold Order Items export for sales and leave this file out (its refunds cannot be imported yet).</source>
        <translation>%1 hat eine Zeile je Bestellung, und %2 seiner %3 Bestellungen (etwa %4) sind schon Zeile für Zeile im Arbeitsbereich (Quelle „%5“, aus Etsys Export „Sold Order Items“). Ein Import würde diese Bestellungen doppelt zählen oder ihre Artikelzeilen durch eine Zeile je Bestellung ersetzen. Es wurde nichts importiert. Importieren Sie für die Umsätze nur den Export „Sold Order Items“ und lassen Sie diese Datei weg (ihre Erstattungen können noch nicht importiert werden).</translation>
    </message>
    <message>
        <location filename="../core/import/Importer.cpp" line="356"/>
        <source>Another import is running on this workspace; try again when it has finished. Nothing was imported.</source>
        <translation>Für diesen Arbeitsbereich läuft bereits ein anderer Import; versuchen Sie es erneut, wenn er abgeschlossen ist. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location filename="../core/import/Importer.cpp" line="361"/>
        <location filename="../core/import/Importer.cpp" line="509"/>
        <source>The workspace is read-only (check the file&apos;s permissions). Nothing was imported.</source>
        <translation>Der Arbeitsbereich ist schreibgeschützt (prüfen Sie die Dateiberechtigungen). Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location filename="../core/import/Importer.cpp" line="396"/>
        <source>The header cell holds a NUL byte, so its column cannot be named. Nothing was imported.</source>
        <translation>Die Kopfzelle enthält ein NUL-Byte, daher kann ihre Spalte nicht benannt werden. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location filename="../core/import/Importer.cpp" line="441"/>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <location filename="../core/import/Importer.cpp" line="419"/>
        <source>Column &quot;%1&quot;: some dates put the day first (such as &quot;%2&quot; on line %3) and others the month first (such as &quot;%4&quot; on line %5). Choose the date order (&quot;Dates are written as&quot; on the import window&apos;s Columns step, or --date-order dmy|mdy); the dates that do not fit it are then reported line by line.</source>
        <translation>Spalte „%1“: Manche Datumsangaben nennen zuerst den Tag (etwa „%2“ in Zeile %3), andere zuerst den Monat (etwa „%4“ in Zeile %5). Wählen Sie die Datumsreihenfolge („Datumsangaben sind geschrieben als“ im Schritt Spalten des Importfensters oder --date-order dmy|mdy); die Datumsangaben, die nicht dazu passen, werden dann Zeile für Zeile gemeldet.</translation>
    </message>
    <message>
        <location filename="../core/import/Importer.cpp" line="437"/>
        <source>Column &quot;%1&quot;: dates such as %2 could be day/month or month/day (no day in the file is above 12). Choose the date order (&quot;Dates are written as&quot; on the import window&apos;s Columns step, or --date-order dmy|mdy).</source>
        <translation>Spalte „%1“: Datumsangaben wie %2 können Tag/Monat oder Monat/Tag sein (kein Tag in der Datei ist größer als 12). Wählen Sie die Datumsreihenfolge („Datumsangaben sind geschrieben als“ im Schritt Spalten des Importfensters oder --date-order dmy|mdy).</translation>
    </message>
    <message>
        <location filename="../core/import/Importer.cpp" line="459"/>
        <source>Column &quot;%1&quot;: values such as &quot;%2&quot; could be read with &quot;%3&quot; as the decimal separator or as a thousands separator, and no value in the file tells. Choose the decimal separator (&quot;Decimal separator&quot; on the import window&apos;s Columns step, or --decimal . or --decimal ,).</source>
        <translation>Spalte „%1“: Werte wie „%2“ könnten mit „%3“ als Dezimaltrennzeichen oder als Tausendertrennzeichen gelesen werden, und kein Wert in der Datei entscheidet das. Wählen Sie das Dezimaltrennzeichen („Dezimaltrennzeichen“ im Schritt Spalten des Importfensters oder --decimal . bzw. --decimal ,).</translation>
    </message>
    <message>
        <location filename="../core/import/Importer.cpp" line="649"/>
        <source>The file holds no rows, only a header line. Nothing was imported.</source>
        <translation>Die Datei enthält keine Zeilen, nur eine Kopfzeile. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location filename="../core/import/Importer.cpp" line="650"/>
        <source>The file holds no rows. Nothing was imported.</source>
        <translation>Die Datei enthält keine Zeilen. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location filename="../core/import/Importer.cpp" line="695"/>
        <source>Nothing was imported. To import the file beside those lines all the same, add --new-order-ids.</source>
        <translation>Es wurde nichts importiert. Um die Datei trotzdem neben diesen Zeilen zu importieren, fügen Sie --new-order-ids hinzu.</translation>
    </message>
    <message>
        <location filename="../core/import/Importer.cpp" line="772"/>
        <location filename="../core/import/Importer.cpp" line="782"/>
        <source>The rejected rows could not be saved: %1</source>
        <translation>Die abgelehnten Zeilen konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../core/import/Importer.cpp" line="775"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../core/import/Importer.cpp" line="775"/>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location filename="../core/import/Importer.cpp" line="775"/>
        <source>Column name</source>
        <translation>Spaltenname</translation>
    </message>
    <message>
        <location filename="../core/import/Importer.cpp" line="776"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../core/import/Importer.cpp" line="776"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../core/import/RowIdGuard.cpp" line="44"/>
        <source>No column of %1 is mapped to the order number, so its orders are numbered by their line in the file, and the workspace already holds %2 order lines from the source &quot;%3&quot;. StoreLens could not tell this file&apos;s orders from those: they would be counted twice or mixed up. Nothing was imported. Map the column that holds the order or receipt number (often &quot;ID&quot;, &quot;Order #&quot;, &quot;Receipt&quot; or &quot;Invoice number&quot;), or import the file as another source.</source>
        <translation>Keine Spalte von %1 ist der Bestellnummer zugeordnet, daher werden ihre Bestellungen nach ihrer Zeile in der Datei nummeriert, und der Arbeitsbereich enthält bereits %2 Bestellzeilen aus der Quelle „%3“. StoreLens könnte die Bestellungen dieser Datei nicht von jenen unterscheiden: Sie würden doppelt gezählt oder vermischt. Es wurde nichts importiert. Ordnen Sie die Spalte mit der Bestell- oder Belegnummer zu (oft „ID“, „Bestellnummer“, „Bon-Nr.“ oder „Rechnungsnummer“) oder importieren Sie die Datei als andere Quelle.</translation>
    </message>
</context>
<context>
    <name>storelens::core::MappingSuggester</name>
    <message>
        <location filename="../core/import/MappingSuggester.cpp" line="588"/>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
</context>
<context>
    <name>storelens::core::OrderIdChange</name>
    <message>
        <location filename="../core/import/OrderIdChange.cpp" line="88"/>
        <source>This file&apos;s orders match none of the orders of &quot;%1&quot; already in the workspace by order ID, yet on %2 of the %3 days from %4 to %5 with lines of &quot;%1&quot; it holds about as many units and as much money: the same orders with IDs written another way (&quot;%6&quot; in the workspace, &quot;%7&quot; in the file; another order ID column, or a series joined to it?). Imported beside them, each order would count twice. If the file is a new export of those days, replace the source&apos;s lines on them: tick Replace on the Check page, or import with --replace on the command line.</source>
        <translation>Die Bestellungen dieser Datei stimmen in der Bestellnummer mit keiner Bestellung von „%1“ im Arbeitsbereich überein, doch an %2 der %3 Tage vom %4 bis %5 mit Zeilen von „%1“ enthält sie etwa gleich viele Einheiten und gleich viel Geld: dieselben Bestellungen mit anders geschriebenen Nummern („%6“ im Arbeitsbereich, „%7“ in der Datei; eine andere Spalte für die Bestellnummer oder eine vorangestellte Serie?). Daneben importiert, würde jede Bestellung doppelt zählen. Ist die Datei ein neuer Export dieser Tage, ersetzen Sie die Zeilen der Quelle an diesen Tagen: „Ersetzen“ auf der Seite „Prüfen“ ankreuzen oder mit --replace in der Befehlszeile importieren.</translation>
    </message>
</context>
<context>
    <name>storelens::core::OtherSource</name>
    <message>
        <location filename="../core/import/OtherSource.cpp" line="88"/>
        <source>it holds none of the %1 orders of &quot;%2&quot; from %3 to %4</source>
        <translation>Die Datei enthält keine der %1 Bestellungen von „%2“ vom %3 bis %4</translation>
    </message>
    <message>
        <location filename="../core/import/OtherSource.cpp" line="91"/>
        <source>it holds only %1 of the %2 orders of &quot;%3&quot; from %4 to %5</source>
        <translation>Die Datei enthält nur %1 der %2 Bestellungen von „%3“ vom %4 bis %5</translation>
    </message>
    <message>
        <location filename="../core/import/OtherSource.cpp" line="95"/>
        <source>, and most of its columns are not those of the earlier imports into &quot;%1&quot;</source>
        <translation>, und die meisten ihrer Spalten sind nicht die der früheren Importe in „%1“</translation>
    </message>
    <message>
        <location filename="../core/import/OtherSource.cpp" line="99"/>
        <source>This file seems to come from another till or shop than &quot;%1&quot;: %2%3. It is not a new export of those days, so none of their orders is removed. To keep its figures apart, import it as a source of its own, such as &quot;%4&quot;.</source>
        <translation>Diese Datei scheint von einer anderen Kasse oder einem anderen Shop als „%1“ zu stammen: %2%3. Sie ist kein neuer Export dieser Tage, daher wird keine ihrer Bestellungen entfernt. Um ihre Zahlen getrennt zu halten, importieren Sie sie als eigene Quelle, etwa „%4“.</translation>
    </message>
    <message>
        <location filename="../core/import/OtherSource.cpp" line="107"/>
        <source>%1 was not imported: replace would remove the orders of &quot;%2&quot; from %3 to %4 that this file does not hold, yet it seems to come from another till or shop (it holds %5 of those %6 orders%7). Import it without --replace, best as a source of its own (--source &quot;%8&quot;); if it really is a new export of &quot;%2&quot;, add --replace-other-source.</source>
        <translation>%1 wurde nicht importiert: Ersetzen würde die Bestellungen von „%2“ vom %3 bis %4 entfernen, die diese Datei nicht enthält, doch sie scheint von einer anderen Kasse oder einem anderen Shop zu stammen (sie enthält %5 dieser %6 Bestellungen%7). Importieren Sie sie ohne --replace, am besten als eigene Quelle (--source „%8“); ist sie wirklich ein neuer Export von „%2“, fügen Sie --replace-other-source hinzu.</translation>
    </message>
    <message>
        <location filename="../core/import/OtherSource.cpp" line="114"/>
        <source>; its columns differ from the earlier imports</source>
        <translation>; ihre Spalten weichen von den früheren Importen ab</translation>
    </message>
</context>
<context>
    <name>storelens::core::PlaceholderCustomer</name>
    <message>
        <location filename="../core/import/PlaceholderCustomer.cpp" line="24"/>
        <source>The customer with the most orders could not be read: %1</source>
        <translation>Der Kunde mit den meisten Bestellungen konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../core/import/PlaceholderCustomer.cpp" line="33"/>
        <source>One customer, &quot;%1&quot;, holds %2 of the file&apos;s %3 orders (%4 %). A till that puts one placeholder id or e-mail address on every walk-in sale makes them one giant customer who distorts retention, RFM segments and lifetime value. If &quot;%1&quot; stands for no one, import their lines as guest sales.</source>
        <translation>Ein Kunde, „%1“, hat %2 der %3 Bestellungen der Datei (%4 %). Eine Kasse, die jedem Laufkundenverkauf dieselbe Platzhalter-ID oder E-Mail-Adresse gibt, macht daraus einen riesigen Kunden, der Kundenbindung, RFM-Segmente und Kundenwert verzerrt. Wenn „%1“ für niemanden steht, importieren Sie diese Zeilen als Gastverkäufe.</translation>
    </message>
</context>
<context>
    <name>storelens::core::ProductNames</name>
    <message>
        <location filename="../core/import/ProductNames.cpp" line="201"/>
        <source>1 product without a code has the name of a product with one (&quot;%1&quot; and %2), so they are counted as two products.</source>
        <translation>1 Produkt ohne Artikelnummer hat den Namen eines Produkts mit einer („%1“ und %2); sie werden daher als zwei Produkte gezählt.</translation>
    </message>
    <message>
        <location filename="../core/import/ProductNames.cpp" line="204"/>
        <source>%1 products without a code have the name of a product with one (such as &quot;%2&quot; and %3), so each is counted as two products.</source>
        <translation>%1 Produkte ohne Artikelnummer haben den Namen eines Produkts mit einer (etwa „%2“ und %3); jedes wird daher als zwei Produkte gezählt.</translation>
    </message>
    <message>
        <location filename="../core/import/ProductNames.cpp" line="208"/>
        <source>To count a product without a code as the one product with a code of the same name, in this file and in the workspace, choose &quot;Count as One Product&quot; on the Check page, or import with --products-by-name on the command line.</source>
        <translation>Um ein Produkt ohne Artikelnummer als das eine Produkt mit Artikelnummer gleichen Namens zu zählen, in dieser Datei und im Arbeitsbereich, wählen Sie „Als ein Produkt zählen“ auf der Seite „Prüfen“ oder importieren Sie mit --products-by-name in der Befehlszeile.</translation>
    </message>
    <message>
        <location filename="../core/import/ProductNames.cpp" line="220"/>
        <source>1 product without a code (&quot;%1&quot;) has the name of several products with a code (%2): it is not counted as any of them.</source>
        <translation>1 Produkt ohne Artikelnummer („%1“) hat den Namen mehrerer Produkte mit Artikelnummer (%2): Es wird als keines von ihnen gezählt.</translation>
    </message>
    <message>
        <location filename="../core/import/ProductNames.cpp" line="223"/>
        <source>%1 products without a code have the name of several products with a code (such as &quot;%2&quot;: %3): they are not counted as any of them.</source>
        <translation>%1 Produkte ohne Artikelnummer haben den Namen mehrerer Produkte mit Artikelnummer (etwa „%2“: %3): Sie werden als keines von ihnen gezählt.</translation>
    </message>
    <message>
        <location filename="../core/import/ProductNames.cpp" line="233"/>
        <source>1 product without a code is counted as the product with a code of the same name (&quot;%1&quot; as %2).</source>
        <translation>1 Produkt ohne Artikelnummer wird als das Produkt mit Artikelnummer gleichen Namens gezählt („%1“ als %2).</translation>
    </message>
    <message>
        <location filename="../core/import/ProductNames.cpp" line="236"/>
        <source>%1 products without a code are counted as the product with a code of the same name (such as &quot;%2&quot; as %3).</source>
        <translation>%1 Produkte ohne Artikelnummer werden als das Produkt mit Artikelnummer gleichen Namens gezählt (etwa „%2“ als %3).</translation>
    </message>
</context>
<context>
    <name>storelens::core::ProfileStore</name>
    <message>
        <location filename="../core/import/ProfileStore.cpp" line="21"/>
        <source>The saved import profiles could not be read or written: %1</source>
        <translation>Die gespeicherten Importprofile konnten nicht gelesen oder geschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../core/import/ProfileStore.cpp" line="22"/>
        <source>There is no import profile named &quot;%1&quot;.</source>
        <translation>Es gibt kein Importprofil namens „%1“.</translation>
    </message>
    <message>
        <location filename="../core/import/ProfileStore.cpp" line="23"/>
        <source>An import profile needs a name.</source>
        <translation>Ein Importprofil braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../core/import/ProfileStore.cpp" line="24"/>
        <source>An import profile named &quot;%1&quot; exists already.</source>
        <translation>Ein Importprofil namens „%1“ gibt es bereits.</translation>
    </message>
    <message>
        <location filename="../core/import/ProfileStore.cpp" line="39"/>
        <source>The import profile &quot;%1&quot; cannot be read: %2</source>
        <translation>Das Importprofil „%1“ kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>storelens::core::RecordConverter</name>
    <message>
        <location filename="../core/import/RecordRow.h" line="95"/>
        <source>%1 is empty; it is required.</source>
        <translation>%1 ist leer; das Feld ist erforderlich.</translation>
    </message>
    <message>
        <location filename="../core/import/RecordRow.h" line="153"/>
        <source>&quot;%1&quot; is not yes or no.</source>
        <translation>„%1“ ist weder ja noch nein.</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverter.cpp" line="30"/>
        <source>No column is mapped to the required field(s): %1.</source>
        <translation>Diesen Pflichtfeldern ist keine Spalte zugeordnet: %1.</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverter.cpp" line="55"/>
        <source>The file has no column &quot;%1&quot;, which the import profile maps to %2.</source>
        <translation>Die Datei hat keine Spalte „%1“, die das Importprofil %2 zuordnet.</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverterOrders.cpp" line="109"/>
        <source>%1, line %2: the refund is of order %3, which the source &quot;%4&quot; does not hold. Import the orders export that holds it into that source first (or choose the source the orders went to), then this file again.</source>
        <translation>%1, Zeile %2: Die Erstattung gehört zur Bestellung %3, die die Quelle „%4“ nicht enthält. Importieren Sie zuerst den Bestellexport, der sie enthält, in diese Quelle (oder wählen Sie die Quelle, in die die Bestellungen gingen), dann diese Datei erneut.</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverterOrders.cpp" line="351"/>
        <source>The quantity is 0, but the line carries %1: a line that sells or returns nothing cannot carry money.</source>
        <translation>Die Menge ist 0, aber die Zeile trägt %1: Eine Zeile, die nichts verkauft oder zurückgibt, kann keinen Betrag tragen.</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverterOrders.cpp" line="399"/>
        <source>The order ID</source>
        <translation>Die Bestellnummer</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverterOrders.cpp" line="400"/>
        <source>The order date</source>
        <translation>Das Bestelldatum</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverterOrders.cpp" line="411"/>
        <source>&quot;%1&quot; is not a time of day.</source>
        <translation>„%1“ ist keine Uhrzeit.</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverterOrders.cpp" line="487"/>
        <source>The line names no SKU and no product.</source>
        <translation>Die Zeile nennt weder Artikelnummer noch Produkt.</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverterOrders.cpp" line="493"/>
        <source>The quantity</source>
        <translation>Die Menge</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverterOrders.cpp" line="273"/>
        <source>The unit price</source>
        <translation>Der Stückpreis</translation>
    </message>
    <message>
        <location filename="../core/import/RecordRow.h" line="135"/>
        <source>The month &quot;%1&quot; lies outside 1900-01 … 2100-12.</source>
        <translation>Der Monat „%1“ liegt außerhalb von 1900-01 … 2100-12.</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverterOrders.cpp" line="43"/>
        <source>The line amount %1 − discount %2 is beyond the range StoreLens computes exactly.</source>
        <translation>Der Zeilenbetrag %1 − Rabatt %2 liegt außerhalb des Bereichs, den StoreLens exakt berechnet.</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverterOrders.cpp" line="50"/>
        <source>Quantity %1 × unit cost %2 is beyond the range StoreLens computes exactly.</source>
        <translation>Menge %1 × Einstandspreis %2 liegt außerhalb des Bereichs, den StoreLens exakt berechnet.</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverter.cpp" line="35"/>
        <source>Map a unit price or a line total; a file without any prices imports when you confirm it (--no-prices, or &quot;The file has no prices&quot; in the import wizard).</source>
        <translation>Ordnen Sie einen Stückpreis oder eine Zeilensumme zu; eine Datei ganz ohne Preise wird importiert, wenn Sie das bestätigen (--no-prices oder „Die Datei enthält keine Preise“ im Import-Assistenten).</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverterOrders.cpp" line="280"/>
        <source>Quantity %1 × unit price %2 is beyond the range StoreLens computes exactly.</source>
        <translation>Menge %1 × Stückpreis %2 liegt außerhalb des Bereichs, den StoreLens exakt berechnet.</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverterOrders.cpp" line="296"/>
        <source>The line total</source>
        <translation>Die Zeilensumme</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverterOrders.cpp" line="308"/>
        <source>The line total %1 before a discount rate of %2 is beyond the range StoreLens computes exactly.</source>
        <translation>Die Zeilensumme %1 vor einem Rabattsatz von %2 liegt außerhalb des Bereichs, den StoreLens exakt berechnet.</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverterItems.cpp" line="75"/>
        <source>Item %1 of the product details does not start with a key such as &quot;Product ID:&quot; or &quot;Product Qty:&quot;, so it cannot be read.</source>
        <translation>Artikel %1 der Produktdetails beginnt nicht mit einem Schlüssel wie „Product ID:“ oder „Product Qty:“ und kann daher nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverterItems.cpp" line="89"/>
        <source>Item %1 of the product details names &quot;%2&quot; twice.</source>
        <translation>Artikel %1 der Produktdetails nennt „%2“ zweimal.</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverterItems.cpp" line="123"/>
        <source>The product details list no item.</source>
        <translation>Die Produktdetails nennen keinen Artikel.</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverterItems.cpp" line="168"/>
        <source>Item %1 of the product details has no SKU and no name.</source>
        <translation>Artikel %1 der Produktdetails hat weder SKU noch Namen.</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverterItems.cpp" line="171"/>
        <source>Item %1 of the product details has no quantity above 0 (%2).</source>
        <translation>Artikel %1 der Produktdetails hat keine Menge über 0 (%2).</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverterItems.cpp" line="176"/>
        <source>Item %1 of the product details has no amount StoreLens can read (%2).</source>
        <translation>Artikel %1 der Produktdetails hat keinen Betrag, den StoreLens lesen kann (%2).</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverterItems.cpp" line="212"/>
        <location filename="../core/import/RecordConverterOrders.cpp" line="325"/>
        <source>The unit price behind the line total %1 for quantity %2 is beyond the range StoreLens computes exactly.</source>
        <translation>Der Stückpreis hinter der Zeilensumme %1 bei Menge %2 liegt außerhalb des Bereichs, den StoreLens exakt berechnet.</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverter.cpp" line="171"/>
        <source>column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverter.cpp" line="172"/>
        <source>column %1 &quot;%2&quot;</source>
        <translation>Spalte %1 „%2“</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverter.cpp" line="176"/>
        <source>The row has %1 fields; the mapped columns need %2, so it lacks %3.</source>
        <translation>Die Zeile hat %1 Felder; die zugeordneten Spalten brauchen %2, daher fehlt: %3.</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverter.cpp" line="262"/>
        <source>With this line the workspace&apos;s total amounts or quantities would leave the range StoreLens computes exactly (±99,999,999,999,999.9999).</source>
        <translation>Mit dieser Zeile würden die Gesamtbeträge oder -mengen des Arbeitsbereichs den Bereich verlassen, den StoreLens exakt berechnet (±99.999.999.999.999,9999).</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverter.cpp" line="278"/>
        <source>The field holds a NUL byte (0x00): the file may be binary or in another encoding.</source>
        <translation>Das Feld enthält ein NUL-Byte (0x00): Die Datei ist möglicherweise binär oder anders kodiert.</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverter.cpp" line="281"/>
        <source>The field holds bytes that are not valid %1 (shown as �): the line may be in another encoding. Fix it, or choose the file&apos;s encoding.</source>
        <translation>Das Feld enthält Bytes, die kein gültiges %1 sind (angezeigt als �): Die Zeile ist möglicherweise anders kodiert. Korrigieren Sie sie oder wählen Sie die Zeichenkodierung der Datei.</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverterEntities.cpp" line="16"/>
        <source>The customer ID</source>
        <translation>Die Kundennummer</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverterEntities.cpp" line="64"/>
        <location filename="../core/import/RecordConverterEntities.cpp" line="87"/>
        <source>The SKU</source>
        <translation>Die Artikelnummer</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverterEntities.cpp" line="85"/>
        <source>The snapshot date</source>
        <translation>Der Stichtag des Bestands</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverterEntities.cpp" line="89"/>
        <source>The quantity on hand</source>
        <translation>Der Bestand</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverterEntities.cpp" line="108"/>
        <source>The day</source>
        <translation>Der Tag</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverterEntities.cpp" line="111"/>
        <source>The number of visitors</source>
        <translation>Die Besucherzahl</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverterEntities.cpp" line="117"/>
        <source>The number of visitors is negative.</source>
        <translation>Die Besucherzahl ist negativ.</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverterEntities.cpp" line="135"/>
        <source>The month</source>
        <translation>Der Monat</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverterEntities.cpp" line="137"/>
        <source>The headcount</source>
        <translation>Die Mitarbeiterzahl</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverterEntities.cpp" line="141"/>
        <source>The headcount is negative.</source>
        <translation>Die Mitarbeiterzahl ist negativ.</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverterEntities.cpp" line="159"/>
        <source>The day or month</source>
        <translation>Der Tag oder Monat</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverterEntities.cpp" line="161"/>
        <source>The amount</source>
        <translation>Der Betrag</translation>
    </message>
</context>
<context>
    <name>storelens::core::SampleStore</name>
    <message>
        <location filename="../core/sample/SampleStore.cpp" line="161"/>
        <source>Creating the sample store was cancelled.</source>
        <translation>Das Anlegen des Beispielgeschäfts wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/sample/SampleStore.cpp" line="546"/>
        <source>The sample store needs at least one year, a valid last day, no negative customer count and an order scale above zero.</source>
        <translation>Das Beispielgeschäft braucht mindestens ein Jahr, einen gültigen letzten Tag, keine negative Kundenzahl und einen Bestellumfang über null.</translation>
    </message>
</context>
<context>
    <name>storelens::core::SampleWorkspace</name>
    <message>
        <location filename="../core/sample/SampleWorkspace.cpp" line="42"/>
        <source>The workspace already holds order lines; the sample store goes into a new workspace.</source>
        <translation>Der Arbeitsbereich enthält bereits Bestellzeilen; das Beispielgeschäft wird in einem neuen Arbeitsbereich angelegt.</translation>
    </message>
</context>
<context>
    <name>storelens::core::Schema</name>
    <message>
        <location filename="../core/store/Schema.cpp" line="141"/>
        <source>The workspace could not be upgraded: %1</source>
        <translation>Der Arbeitsbereich konnte nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <location filename="../core/store/Schema.cpp" line="161"/>
        <source>The workspace was written by a newer StoreLens (schema %1; this version reads up to %2).</source>
        <translation>Der Arbeitsbereich wurde mit einer neueren StoreLens-Version geschrieben (Schema %1; diese Version liest bis %2).</translation>
    </message>
</context>
<context>
    <name>storelens::core::SourceNames</name>
    <message>
        <location filename="../core/model/SourceNames.cpp" line="17"/>
        <source>Default</source>
        <comment>a source: lines imported without a name</comment>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../core/model/SourceNames.cpp" line="18"/>
        <source>Web shop</source>
        <comment>a source: the web shop&apos;s orders</comment>
        <translation>Webshop</translation>
    </message>
    <message>
        <location filename="../core/model/SourceNames.cpp" line="19"/>
        <source>Till</source>
        <comment>a source: the till&apos;s (POS) sales</comment>
        <translation>Kasse</translation>
    </message>
</context>
<context>
    <name>storelens::core::SourceNotes</name>
    <message>
        <location filename="../core/import/SourceNotes.cpp" line="28"/>
        <source>The workspace&apos;s import history could not be read: %1</source>
        <translation>Der Importverlauf des Arbeitsbereichs konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../core/import/SourceNotes.cpp" line="99"/>
        <source>The sales are read from &quot;%1&quot;, with VAT: gross and net sales include the VAT. Map a price or total without VAT instead to see sales without it.</source>
        <translation>Die Umsätze werden aus „%1“ gelesen, mit MwSt.: Brutto- und Nettoumsatz enthalten die MwSt. Ordnen Sie stattdessen einen Preis oder eine Summe ohne MwSt. zu, um Umsätze ohne sie zu sehen.</translation>
    </message>
    <message>
        <location filename="../core/import/SourceNotes.cpp" line="108"/>
        <source>&quot;%1&quot; is after discounts and no column names them: discounts are unknown, and gross sales equal net sales before returns.</source>
        <translation>„%1“ ist nach Rabatten, und keine Spalte nennt sie: Die Rabatte sind unbekannt, und der Bruttoumsatz entspricht dem Nettoumsatz vor Retouren.</translation>
    </message>
    <message>
        <location filename="../core/import/SourceNotes.cpp" line="157"/>
        <source>Earlier imports into &quot;%1&quot; read fields this file has no column for: %2. Its orders go without them. If the file is another export of the same system, import it with the earlier files&apos; settings (their saved profile); if it comes from elsewhere, import it as a source of its own.</source>
        <translation>Frühere Importe in „%1“ lasen Felder, für die diese Datei keine Spalte hat: %2. Ihre Bestellungen bleiben ohne sie. Ist die Datei ein weiterer Export desselben Systems, importieren Sie sie mit den Einstellungen der früheren Dateien (ihrem gespeicherten Profil); stammt sie von anderswo, importieren Sie sie als eigene Quelle.</translation>
    </message>
</context>
<context>
    <name>storelens::core::SourceWarnings</name>
    <message>
        <location filename="../core/session/SourceWarnings.cpp" line="37"/>
        <source>&quot;%1&quot; exports order totals with tax and shipping: its net sales include the shipping its orders charged.</source>
        <translation>„%1“ exportiert Bestellsummen mit Steuer und Versand: Sein Nettoumsatz enthält die Versandkosten seiner Bestellungen.</translation>
    </message>
    <message>
        <location filename="../core/session/SourceWarnings.cpp" line="42"/>
        <source>&quot;%1&quot; exports do not say which orders were cancelled or refunded: they count as sales, and its returns are missing.</source>
        <translation>Die Exporte von „%1“ sagen nicht, welche Bestellungen storniert oder erstattet wurden: Sie zählen als Verkäufe, und seine Retouren fehlen.</translation>
    </message>
    <message>
        <location filename="../core/session/SourceWarnings.cpp" line="47"/>
        <source>&quot;%1&quot; exports totals after discounts without the discounts: its discounts are unknown.</source>
        <translation>„%1“ exportiert Summen nach Rabatten ohne die Rabatte: Seine Rabatte sind unbekannt.</translation>
    </message>
    <message>
        <location filename="../core/session/SourceWarnings.cpp" line="51"/>
        <source>&quot;%1&quot; exports name no customer for sure: its orders are guest sales, left out of customer figures.</source>
        <translation>Die Exporte von „%1“ nennen keinen Kunden sicher: Seine Bestellungen sind Gastverkäufe und fehlen in den Kundenkennzahlen.</translation>
    </message>
    <message>
        <location filename="../core/session/SourceWarnings.cpp" line="55"/>
        <source>&quot;%1&quot; exports each order&apos;s coupon but not its amount: its discounts are unknown, and its net sales hold what the coupons took off.</source>
        <translation>„%1“ exportiert den Gutschein jeder Bestellung, aber nicht seinen Betrag: Seine Rabatte sind unbekannt, und sein Nettoumsatz enthält, was die Gutscheine abgezogen haben.</translation>
    </message>
    <message>
        <location filename="../core/session/SourceWarnings.cpp" line="60"/>
        <source>&quot;%1&quot; exports no coupon amounts, and not every one could be worked out from its orders&apos; totals: its discounts leave those out, and its net sales hold what their coupons took off.</source>
        <translation>„%1“ exportiert keine Gutscheinbeträge, und nicht jeder ließ sich aus den Summen seiner Bestellungen errechnen: Seine Rabatte lassen diese aus, und sein Nettoumsatz enthält, was ihre Gutscheine abgezogen haben.</translation>
    </message>
    <message>
        <location filename="../core/session/SourceWarnings.cpp" line="66"/>
        <source>&quot;%1&quot; exports prices with the tax (VAT) inside and no price without it: its gross and net sales include the tax.</source>
        <translation>„%1“ exportiert Preise mit enthaltener Steuer (Mehrwertsteuer) und keinen Preis ohne sie: Sein Brutto- und Nettoumsatz enthält die Steuer.</translation>
    </message>
    <message>
        <location filename="../core/session/SourceWarnings.cpp" line="70"/>
        <source>The prices of &quot;%1&quot; include VAT: its gross and net sales include the VAT.</source>
        <translation>Die Preise von „%1“ enthalten die MwSt.: Brutto- und Nettoumsatz dieser Quelle enthalten die MwSt.</translation>
    </message>
    <message>
        <location filename="../core/session/SourceWarnings.cpp" line="74"/>
        <source>&quot;%1&quot; exports each line&apos;s cost, not a unit cost: its costs are left out, and its sales have no gross margin.</source>
        <translation>„%1“ exportiert die Kosten jeder Zeile, keine Stückkosten: seine Kosten bleiben außen vor, und seine Verkäufe haben keine Bruttomarge.</translation>
    </message>
    <message>
        <location filename="../core/session/SourceWarnings.cpp" line="80"/>
        <source>&quot;%1&quot; exports name no products: its orders count as one unit of a stand-in product.</source>
        <translation>Die Exporte von „%1“ nennen keine Produkte: Jede Bestellung zählt als eine Einheit eines Platzhalterprodukts.</translation>
    </message>
    <message>
        <location filename="../core/session/SourceWarnings.cpp" line="91"/>
        <source>Every source&apos;s prices include VAT: gross and net sales include the VAT.</source>
        <translation>Die Preise aller Quellen enthalten die MwSt.: Brutto- und Nettoumsatz enthalten die MwSt.</translation>
    </message>
    <message>
        <location filename="../core/session/SourceWarnings.cpp" line="95"/>
        <source>&quot;%1&quot;</source>
        <comment>a source&apos;s name quoted in a list</comment>
        <translation>„%1“</translation>
    </message>
    <message>
        <location filename="../core/session/SourceWarnings.cpp" line="96"/>
        <source>The prices of %1 include VAT: their gross and net sales include the VAT.</source>
        <translation>Die Preise von %1 enthalten die MwSt.: Brutto- und Nettoumsatz dieser Quellen enthalten die MwSt.</translation>
    </message>
    <message>
        <location filename="../core/session/SourceWarnings.cpp" line="133"/>
        <source>&quot;%1&quot; has no data after %2, while the workspace&apos;s data runs to %3: figures after %2 leave it out. Import its newer export to compare like with like.</source>
        <translation>„%1“ hat keine Daten nach dem %2, während die Daten des Arbeitsbereichs bis %3 reichen: Zahlen nach dem %2 lassen diese Quelle aus. Importieren Sie ihren neueren Export, um Gleiches mit Gleichem zu vergleichen.</translation>
    </message>
</context>
<context>
    <name>storelens::core::TaskControl</name>
    <message>
        <location filename="../core/session/TaskControl.cpp" line="44"/>
        <source>The computation was cancelled.</source>
        <translation>Die Berechnung wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>storelens::core::UnreadMoney</name>
    <message>
        <location filename="../core/import/UnreadMoney.cpp" line="116"/>
        <source>Column &quot;%1&quot; holds amounts without VAT or sales tax (for example %2), but the sales are read from &quot;%3&quot;. If &quot;%3&quot; includes the tax, map &quot;%1&quot; as %4 for sales without it.</source>
        <translation>Die Spalte „%1“ enthält Beträge ohne MwSt. oder Umsatzsteuer (zum Beispiel %2), der Umsatz wird aber aus „%3“ gelesen. Wenn „%3“ die Steuer enthält, ordnen Sie „%1“ als %4 zu, um den Umsatz ohne sie zu erhalten.</translation>
    </message>
    <message>
        <location filename="../core/import/UnreadMoney.cpp" line="102"/>
        <source>%1 on line %2</source>
        <translation>%1 in Zeile %2</translation>
    </message>
    <message>
        <location filename="../core/import/UnreadMoney.cpp" line="110"/>
        <source>Column &quot;%1&quot; holds amounts without VAT or sales tax (for example %2); the sales are read from &quot;%3&quot;, which includes the tax. To see sales without it, map &quot;%1&quot; as %4.</source>
        <translation>Die Spalte „%1“ enthält Beträge ohne MwSt. oder Umsatzsteuer (zum Beispiel %2); der Umsatz wird aus „%3“ gelesen, das die Steuer enthält. Um den Umsatz ohne sie zu sehen, ordnen Sie „%1“ als %4 zu.</translation>
    </message>
    <message>
        <location filename="../core/import/UnreadMoney.cpp" line="124"/>
        <source>Column &quot;%1&quot; holds money (for example %2) but is not read.</source>
        <translation>Die Spalte „%1“ enthält Geldbeträge (zum Beispiel %2), wird aber nicht gelesen.</translation>
    </message>
    <message>
        <location filename="../core/import/UnreadMoney.cpp" line="133"/>
        <source>A gift voucher or card paid with is a payment, not a discount: then leave it unread. Map it as %1 only if it is a discount.</source>
        <translation>Ein eingelöster Gutschein oder eine Geschenkkarte ist eine Zahlung, kein Rabatt: Dann lassen Sie die Spalte ungelesen. Ordnen Sie sie nur dann als %1 zu, wenn sie einen Rabatt enthält.</translation>
    </message>
    <message>
        <location filename="../core/import/UnreadMoney.cpp" line="139"/>
        <source>Map it as %1 if it is the order&apos;s discount.</source>
        <translation>Ordnen Sie sie als %1 zu, wenn sie den Rabatt der Bestellung enthält.</translation>
    </message>
    <message>
        <location filename="../core/import/UnreadMoney.cpp" line="144"/>
        <source>Map it as %1 if it is each line&apos;s discount.</source>
        <translation>Ordnen Sie sie als %1 zu, wenn sie den Rabatt jeder Zeile enthält.</translation>
    </message>
    <message>
        <location filename="../core/import/UnreadMoney.cpp" line="148"/>
        <source>Map it as %1 if it is the money refunded on the order.</source>
        <translation>Ordnen Sie sie als %1 zu, wenn sie den erstatteten Betrag der Bestellung enthält.</translation>
    </message>
</context>
<context>
    <name>storelens::core::WebShopEvidence</name>
    <message>
        <location filename="../core/import/WebShopEvidence.cpp" line="123"/>
        <source>The file looks like a web shop&apos;s order export (it has the columns %1: shipping, with an order&apos;s fulfilment, payment or billing or where it is sent): its lines go to the source &quot;%2&quot; and the channel &quot;%3&quot;.</source>
        <translation>Die Datei sieht nach dem Bestellexport eines Webshops aus (sie hat die Spalten %1: Versand, mit Ausführung, Zahlung oder Rechnungsadresse einer Bestellung oder ihrem Lieferziel): Ihre Zeilen kommen in die Quelle „%2“ und den Kanal „%3“.</translation>
    </message>
</context>
<context>
    <name>storelens::core::WixCoupons</name>
    <message>
        <location filename="../core/import/WixCoupons.cpp" line="61"/>
        <source>1 order</source>
        <translation>1 Bestellung</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/import/WixCoupons.cpp" line="62"/>
        <source>%n orders</source>
        <translation>
            <numerusform>%n Bestellung</numerusform>
            <numerusform>%n Bestellungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/import/WixCoupons.cpp" line="315"/>
        <source>Coupon amounts worked out from each order&apos;s Total (no order charged tax): %1, %2 in all.</source>
        <translation>Gutscheinbeträge aus dem „Total“ jeder Bestellung errechnet (keine Bestellung mit Steuer): %1, insgesamt %2.</translation>
    </message>
    <message>
        <location filename="../core/import/WixCoupons.cpp" line="318"/>
        <source>Coupon amounts worked out from each order&apos;s Total (prices exclude tax): %1, %2 in all.</source>
        <translation>Gutscheinbeträge aus dem „Total“ jeder Bestellung errechnet (Preise ohne Steuer): %1, insgesamt %2.</translation>
    </message>
    <message>
        <location filename="../core/import/WixCoupons.cpp" line="320"/>
        <source>Coupon amounts worked out from each order&apos;s Total (prices include tax): %1, %2 in all.</source>
        <translation>Gutscheinbeträge aus dem „Total“ jeder Bestellung errechnet (Preise mit Steuer): %1, insgesamt %2.</translation>
    </message>
    <message>
        <location filename="../core/import/WixCoupons.cpp" line="326"/>
        <source>%1: no coupon amount could be worked out, because no order without a coupon shows whether Total includes tax.</source>
        <translation>%1: Kein Gutscheinbetrag ließ sich errechnen, weil keine Bestellung ohne Gutschein zeigt, ob „Total“ die Steuer enthält.</translation>
    </message>
    <message>
        <location filename="../core/import/WixCoupons.cpp" line="330"/>
        <source>%1: no coupon amount could be worked out, because order %2, without a coupon, adds up to its Total neither with its tax nor without it, so the file does not show whether Total includes tax.</source>
        <translation>%1: Kein Gutscheinbetrag ließ sich errechnen, weil die Bestellung %2 ohne Gutschein weder mit noch ohne ihre Steuer ihr „Total“ ergibt; die Datei zeigt also nicht, ob „Total“ die Steuer enthält.</translation>
    </message>
    <message>
        <location filename="../core/import/WixCoupons.cpp" line="335"/>
        <source>%1: no coupon amount could be worked out, because the orders without a coupon disagree on whether Total includes tax: order %2&apos;s includes its tax, order %3&apos;s does not.</source>
        <translation>%1: Kein Gutscheinbetrag ließ sich errechnen, weil die Bestellungen ohne Gutschein uneins sind, ob „Total“ die Steuer enthält: Das von Bestellung %2 enthält ihre Steuer, das von Bestellung %3 nicht.</translation>
    </message>
    <message>
        <location filename="../core/import/WixCoupons.cpp" line="342"/>
        <source>%1: for %2 the coupon amount worked out from the Total is below 0 or above the order&apos;s items: it does not fit and is left out.</source>
        <translation>%1: Bei %2 liegt der aus „Total“ errechnete Gutscheinbetrag unter 0 oder über dem Warenwert der Bestellung: Er passt nicht und bleibt außen vor.</translation>
    </message>
    <message>
        <location filename="../core/import/WixCoupons.cpp" line="347"/>
        <source>%1: %2 paid in part with a gift card, and no order without a coupon shows whether Total includes what a gift card paid: their coupon amounts are not worked out.</source>
        <translation>%1: %2: teilweise mit einer Geschenkkarte bezahlt, und keine Bestellung ohne Gutschein zeigt, ob „Total“ enthält, was eine Geschenkkarte bezahlt hat: Ihre Gutscheinbeträge werden nicht errechnet.</translation>
    </message>
    <message>
        <location filename="../core/import/WixCoupons.cpp" line="353"/>
        <source>%1: %2 charged tax while the orders without a coupon charged none, so the file does not show whether Total includes tax: their coupon amounts are not worked out.</source>
        <translation>%1: %2: mit Steuer, während die Bestellungen ohne Gutschein keine Steuer hatten; die Datei zeigt also nicht, ob „Total“ die Steuer enthält: Ihre Gutscheinbeträge werden nicht errechnet.</translation>
    </message>
    <message>
        <location filename="../core/import/WixCoupons.cpp" line="358"/>
        <source>%1: the rows of %2 do not read as one order (a row rejected or apart from the others, or figures that differ between its rows): their coupon amounts are not worked out.</source>
        <translation>%1: Die Zeilen von %2 ergeben keine geschlossene Bestellung (eine Zeile abgelehnt oder getrennt von den übrigen, oder Beträge, die zwischen ihren Zeilen abweichen): Ihre Gutscheinbeträge werden nicht errechnet.</translation>
    </message>
    <message>
        <location filename="../core/import/SquareOnlineCoupons.cpp" line="80"/>
        <source>Coupon amounts worked out as each order&apos;s items less its Order Subtotal (the export names no coupon): %1, %2 in all.</source>
        <translation>Gutscheinbeträge als die Artikel jeder Bestellung abzüglich ihres „Order Subtotal“ errechnet (der Export nennt keinen Gutschein): %1, insgesamt %2.</translation>
    </message>
    <message>
        <location filename="../core/import/SquareOnlineCoupons.cpp" line="84"/>
        <source>%1: for %2 the Order Subtotal is above the sum of the order&apos;s items, or the items are below 0: no coupon fits, and their lines keep the items&apos; amounts.</source>
        <translation>%1: Bei %2 liegt das „Order Subtotal“ über der Summe der Artikel der Bestellung, oder die Artikel liegen unter 0: Kein Gutschein passt, und ihre Positionen behalten die Beträge der Artikel.</translation>
    </message>
    <message>
        <location filename="../core/import/SquareOnlineCoupons.cpp" line="89"/>
        <source>%1: the rows of %2 do not read as one order (a row rejected or apart from the others, or figures that differ between its rows): whether they had a coupon, and its amount, is not worked out.</source>
        <translation>%1: Die Zeilen von %2 ergeben keine geschlossene Bestellung (eine Zeile abgelehnt oder getrennt von den übrigen, oder Beträge, die zwischen ihren Zeilen abweichen): Ob sie einen Gutschein hatten und wie hoch er war, wird nicht errechnet.</translation>
    </message>
</context>
<context>
    <name>storelens::core::Workspace</name>
    <message>
        <location filename="../core/store/Workspace.cpp" line="35"/>
        <source>The file is not a StoreLens workspace (%1); it was left as it is.</source>
        <translation>Die Datei ist kein StoreLens-Arbeitsbereich (%1); sie wurde unverändert gelassen.</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="46"/>
        <source>The workspace cannot be opened: %1</source>
        <translation>Der Arbeitsbereich kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="60"/>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="48"/>
        <source>it is not an SQLite database</source>
        <translation>sie ist keine SQLite-Datenbank</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="73"/>
        <source>another program&apos;s database</source>
        <translation>die Datenbank eines anderen Programms</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="83"/>
        <source>The workspace does not exist.</source>
        <translation>Der Arbeitsbereich existiert nicht.</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="85"/>
        <source>The path is not a file.</source>
        <translation>Der Pfad ist keine Datei.</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="90"/>
        <source>The folder %1 does not exist; create it first or choose another place.</source>
        <translation>Der Ordner %1 existiert nicht; legen Sie ihn zuerst an oder wählen Sie einen anderen Ort.</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="123"/>
        <source>The workspace could not be opened: %1</source>
        <translation>Der Arbeitsbereich konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="141"/>
        <source>The file is not a StoreLens workspace: %1</source>
        <translation>Die Datei ist kein StoreLens-Arbeitsbereich: %1</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="182"/>
        <source>A setting could not be saved: %1</source>
        <translation>Eine Einstellung konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>storelens::core::WorkspaceSummary</name>
    <message>
        <location filename="../core/store/WorkspaceSummary.cpp" line="44"/>
        <location filename="../core/store/WorkspaceSummary.cpp" line="74"/>
        <source>The workspace could not be read: %1</source>
        <translation>Der Arbeitsbereich konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>storelens::core::WorkspaceWriter</name>
    <message>
        <location filename="../core/store/WorkspaceWriterStatements.h" line="112"/>
        <source>The connection is not an SQLite connection.</source>
        <translation>Die Verbindung ist keine SQLite-Verbindung.</translation>
    </message>
    <message>
        <location filename="../core/store/WorkspaceWriter.cpp" line="153"/>
        <source>The workspace could not be written: %1</source>
        <translation>Der Arbeitsbereich konnte nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>storelens::core::analytics::CustomerLinks</name>
    <message>
        <location filename="../core/analytics/customers/CustomerLinks.cpp" line="52"/>
        <source>No sale in this workspace names a customer (guest sales only), so there are no customers to show here.</source>
        <translation>Kein Verkauf in diesem Arbeitsbereich nennt einen Kunden (nur Verkäufe ohne Kundenkonto), daher gibt es hier keine Kunden anzuzeigen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/analytics/customers/CustomerLinks.cpp" line="57"/>
        <source>%Ln customer(s) imported from a customers file: no order names any of them.</source>
        <translation>
            <numerusform>%Ln Kunde aus einer Kundendatei importiert: Keine Bestellung nennt ihn.</numerusform>
            <numerusform>%Ln Kunden aus einer Kundendatei importiert: Keine Bestellung nennt einen von ihnen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/analytics/customers/CustomerLinks.cpp" line="61"/>
        <source>Import an orders export that names each order&apos;s customer (a customer number or an e-mail address); a name such as &quot;A. Fabre&quot; cannot tell customers apart. Widening the dates or clearing filters will not help.</source>
        <translation>Importieren Sie einen Bestellexport, der den Kunden jeder Bestellung nennt (eine Kundennummer oder eine E-Mail-Adresse); ein Name wie „A. Fabre“ kann Kunden nicht unterscheiden. Ein größerer Zeitraum oder weniger Filter helfen nicht.</translation>
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
        <translation>durchschnittlicher Bestellwert: was eine Bestellung im Schnitt einbringt</translation>
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
        <translation>durchschnittlicher Verkaufspreis pro Artikel: der Preis, zu dem ein Artikel im Schnitt verkauft wurde</translation>
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
        <translation>Artikel pro Einkauf: wie viele Artikel eine Bestellung im Schnitt enthält</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/Glossary.cpp" line="25"/>
        <source>COGS</source>
        <comment>abbreviation: the letters the translated labels and formulas use</comment>
        <translation>WE</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/Glossary.cpp" line="26"/>
        <source>cost of goods sold: what the goods you sold cost you</source>
        <translation>Wareneinsatz: was Sie die verkauften Waren gekostet haben</translation>
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
        <translation>Rohertragsrendite auf den Lagerbestand: der Rohertrag je Geldeinheit, die zu Einstandspreisen im Lager gebunden ist</translation>
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
        <translation>Kundengewinnungskosten: Marketingausgaben je Neukunde</translation>
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
        <translation>Kundenwert (Customer Lifetime Value): was ein Kunde im Lauf der Zeit bei Ihnen ausgibt</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/Glossary.cpp" line="35"/>
        <source>APV</source>
        <comment>abbreviation: the letters the translated labels and formulas use</comment>
        <translation>DKW</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/Glossary.cpp" line="36"/>
        <source>average purchase value: what a purchase brings in on average</source>
        <translation>durchschnittlicher Kaufwert: was ein Kauf im Schnitt einbringt</translation>
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
        <translation>Recency, Frequency, Monetary Value (Aktualität, Häufigkeit, Umsatz): wie kürzlich, wie oft und wie viel ein Kunde gekauft hat</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/Glossary.cpp" line="40"/>
        <source>pp</source>
        <comment>abbreviation: the letters the translated labels and formulas use</comment>
        <translation>Pp</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/Glossary.cpp" line="41"/>
        <source>percentage points: the difference between two percentages (from 20 % to 25 % is +5 pp)</source>
        <translation>Prozentpunkte: der Unterschied zwischen zwei Prozentwerten (von 20 % auf 25 % sind +5 Pp.)</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/Glossary.cpp" line="43"/>
        <source>G</source>
        <comment>formula letter for gross sales: the letters the translated labels and formulas use</comment>
        <translation>B</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/Glossary.cpp" line="45"/>
        <source>gross sales</source>
        <translation>Bruttoumsatz</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/Glossary.cpp" line="46"/>
        <source>D</source>
        <comment>formula letter for discounts: the letters the translated labels and formulas use</comment>
        <translation>R</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/Glossary.cpp" line="48"/>
        <source>discounts</source>
        <translation>Rabatte</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/Glossary.cpp" line="49"/>
        <source>R</source>
        <comment>formula letter for returns: the letters the translated labels and formulas use</comment>
        <translation>Ret</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/Glossary.cpp" line="51"/>
        <source>returns</source>
        <translation>Retouren</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/Glossary.cpp" line="52"/>
        <source>O</source>
        <comment>formula letter for orders: the letters the translated labels and formulas use</comment>
        <translation>Best</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/Glossary.cpp" line="54"/>
        <source>orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/Glossary.cpp" line="55"/>
        <source>C</source>
        <comment>formula letter for buying customers: the letters the translated labels and formulas use</comment>
        <translation>K</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/Glossary.cpp" line="57"/>
        <source>buying customers</source>
        <translation>kaufende Kunden</translation>
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
        <translation>Kunden zu Beginn: diejenigen, die im Aktivitätsfenster vor dem Zeitraum gekauft haben</translation>
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
        <translation>Kunden am Ende: diejenigen, die im Aktivitätsfenster gekauft haben, das am letzten Tag des Zeitraums endet</translation>
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
        <translation>Neukunden: diejenigen, deren erster Kauf in den Zeitraum fällt</translation>
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
        <translation>das Aktivitätsfenster in Tagen (365, sofern nicht anders eingestellt)</translation>
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
        <translation>Käufe pro Jahr</translation>
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
        <translation>erwartete Kundenlebensdauer in Jahren</translation>
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
            <numerusform>Diese Schätzung rechnet %n Tag Einkäufe auf ein Jahr hoch, daher verschieben ein paar starke oder schwache Tage sie stark.</numerusform>
            <numerusform>Diese Schätzung rechnet %n Tage Einkäufe auf ein Jahr hoch, daher verschieben ein paar starke oder schwache Tage sie stark.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/analytics/kpi/CustomerKpis.cpp" line="48"/>
        <source>Its lifespan rests on the churn of only %n customer(s), so read it as a rough guide.</source>
        <translation>
            <numerusform>Ihre Lebensdauer beruht auf der Abwanderung von nur %n Kunden; sehen Sie sie als grobe Richtschnur.</numerusform>
            <numerusform>Ihre Lebensdauer beruht auf der Abwanderung von nur %n Kunden; sehen Sie sie als grobe Richtschnur.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/CustomerKpis.cpp" line="91"/>
        <source>All %1 customers who bought in this period bought for the first time in it, so none is returning.</source>
        <translation>Alle %1 Kunden, die in diesem Zeitraum gekauft haben, haben darin zum ersten Mal gekauft; daher ist keiner wiederkehrend.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/CustomerKpis.cpp" line="111"/>
        <source>No customer bought in the activity window before the period, so there is no one to retain.</source>
        <translation>Im Aktivitätsfenster vor dem Zeitraum hat kein Kunde gekauft, es gibt also niemanden zu halten.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/CustomerKpis.cpp" line="123"/>
        <source>Above 100 %: the formula (E − N) ÷ S also counts the %1 reactivated customers, who had lapsed and came back; %2 of the %3 customers at the start were kept.</source>
        <translation>Über 100 %: Die Formel (E − N) ÷ S zählt auch die %1 reaktivierten Kunden mit, die inaktiv geworden und zurückgekehrt waren; %2 der %3 Kunden zu Beginn wurden gehalten.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/CustomerKpis.cpp" line="149"/>
        <location filename="../core/analytics/kpi/CustomerKpis.cpp" line="195"/>
        <source>No customer was acquired in the period.</source>
        <translation>Im Zeitraum wurde kein Kunde gewonnen.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/CustomerKpis.cpp" line="163"/>
        <source>No one was a customer at the start of the year ending with the period, so there is no churn rate to estimate a lifespan from.</source>
        <translation>Zu Beginn des Jahres, das mit dem Zeitraum endet, war niemand Kunde, daher gibt es keine Abwanderungsrate, aus der sich eine Kundenlebensdauer schätzen ließe.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/CustomerKpis.cpp" line="168"/>
        <source>The churn rate of the year ending with the period is 0, so no lifespan can be estimated.</source>
        <translation>Die Abwanderungsrate des Jahres, das mit dem Zeitraum endet, ist 0, daher lässt sich keine Kundenlebensdauer schätzen.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/CustomerKpis.cpp" line="187"/>
        <source>There is no marketing spend in the period; import marketing spend to see it.</source>
        <translation>Im Zeitraum gibt es keine Marketingausgaben; importieren Sie Marketingausgaben, um diesen Wert zu sehen.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/CustomerKpis.cpp" line="205"/>
        <source>The customer acquisition cost of the period is 0.</source>
        <translation>Die Kundengewinnungskosten des Zeitraums sind 0.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiEngine.cpp" line="21"/>
        <source>There are no orders in the period.</source>
        <translation>Im Zeitraum gibt es keine Bestellungen.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiEngine.cpp" line="26"/>
        <source>There are no sales in the period.</source>
        <translation>Im Zeitraum gibt es keine Verkäufe.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiEngine.cpp" line="31"/>
        <source>There are no identified customers in the period; import order lines with customer ids to see it.</source>
        <translation>Im Zeitraum gibt es keine identifizierten Kunden; importieren Sie Bestellzeilen mit Kundennummern, um diesen Wert zu sehen.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiEngine.cpp" line="128"/>
        <source>No prices imported: the order lines of this period have no amounts.</source>
        <translation>Keine Preise importiert: Die Bestellzeilen dieses Zeitraums haben keine Beträge.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiEngine.cpp" line="130"/>
        <source>%1 of the period&apos;s %2 order lines have no prices imported; this figure leaves them out.</source>
        <translation>%1 der %2 Bestellzeilen des Zeitraums haben keine importierten Preise; diese Kennzahl lässt sie außen vor.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiEngine.cpp" line="327"/>
        <source>The computation was cancelled.</source>
        <translation>Die Berechnung wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiEngine.cpp" line="331"/>
        <source>The workspace holds no order lines yet; import orders to see the figures.</source>
        <translation>Der Arbeitsbereich enthält noch keine Bestellzeilen; importieren Sie Bestellungen, um die Kennzahlen zu sehen.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiEngine.cpp" line="335"/>
        <source>The activity window must be at least one day.</source>
        <translation>Das Aktivitätsfenster muss mindestens einen Tag umfassen.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiEngine.cpp" line="405"/>
        <source>No comparison was asked for.</source>
        <translation>Es wurde kein Vergleich angefordert.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/SalesKpis.cpp" line="125"/>
        <source>No line in the period has a unit cost; import order lines with unit costs to see it.</source>
        <translation>Keine Zeile im Zeitraum hat einen Einstandspreis; importieren Sie Bestellzeilen mit Einstandspreisen, um diesen Wert zu sehen.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/SalesKpis.cpp" line="130"/>
        <source>Costs are known for only %1 % of gross sales, so the margin is overstated.</source>
        <translation>Die Kosten sind nur für %1 % des Bruttoumsatzes bekannt, daher ist der Rohertrag zu hoch ausgewiesen.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/SalesKpis.cpp" line="160"/>
        <source>The same period one year earlier has no order lines.</source>
        <translation>Der gleiche Zeitraum ein Jahr zuvor hat keine Bestellzeilen.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/SalesKpis.cpp" line="161"/>
        <source>The net sales of the same period one year earlier are 0.</source>
        <translation>Der Nettoumsatz des gleichen Zeitraums ein Jahr zuvor ist 0.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/SalesKpis.cpp" line="180"/>
        <source>There is no staffing for the period; import staffing (headcount per store and month) to see it.</source>
        <translation>Für den Zeitraum gibt es keinen Personalbestand; importieren Sie den Personalbestand (Mitarbeiterzahl je Filiale und Monat), um diesen Wert zu sehen.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/SalesKpis.cpp" line="184"/>
        <source>The staffing of the period has a headcount of 0.</source>
        <translation>Der Personalbestand des Zeitraums hat eine Mitarbeiterzahl von 0.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/SalesKpis.cpp" line="197"/>
        <source>The selected sales come from stores without visitor counts in the period.</source>
        <translation>Die ausgewählten Verkäufe stammen aus Filialen ohne Besucherzählung im Zeitraum.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/SalesKpis.cpp" line="198"/>
        <source>There is no store traffic for the period; import traffic (visitors per store and day) to see it.</source>
        <translation>Für den Zeitraum gibt es keine Besucherfrequenz; importieren Sie die Besucherfrequenz (Besucher je Filiale und Tag), um diesen Wert zu sehen.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/SalesKpis.cpp" line="203"/>
        <source>The traffic of the period counts no visitors.</source>
        <translation>Die Besucherfrequenz des Zeitraums zählt keine Besucher.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/SalesKpis.cpp" line="212"/>
        <source>There is no inventory snapshot with costs in the period; import inventory to see it.</source>
        <translation>Im Zeitraum gibt es keinen Bestandsstichtag mit Kosten; importieren Sie den Lagerbestand, um diesen Wert zu sehen.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/SalesKpis.cpp" line="220"/>
        <source>The average inventory value of the period is 0.</source>
        <translation>Der durchschnittliche Lagerwert des Zeitraums ist 0.</translation>
    </message>
</context>
<context>
    <name>storelens::core::analytics::KpiResult</name>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="92"/>
        <source>Gross sales</source>
        <translation>Bruttoumsatz</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="93"/>
        <source>Quantity times unit price, summed over the sale lines of the period.</source>
        <translation>Menge mal Stückpreis, summiert über die Verkaufszeilen des Zeitraums.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="94"/>
        <source>G = Σ quantity × unit price</source>
        <translation>B = Σ Menge × Stückpreis</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="96"/>
        <source>Discounts</source>
        <translation>Rabatte</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="97"/>
        <source>Line discounts summed over the sale lines of the period.</source>
        <translation>Zeilenrabatte, summiert über die Verkaufszeilen des Zeitraums.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="98"/>
        <source>D = Σ discount</source>
        <translation>R = Σ Rabatt</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="100"/>
        <source>Returns</source>
        <translation>Retouren</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="101"/>
        <source>The amount of the return lines of the period, as a positive number.</source>
        <translation>Der Betrag der Retourenzeilen des Zeitraums, als positive Zahl.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="102"/>
        <source>R = −Σ line amount of return lines</source>
        <translation>Ret = −Σ Zeilenbetrag der Retourenzeilen</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="104"/>
        <source>Net sales</source>
        <translation>Nettoumsatz</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="106"/>
        <source>G − D − R</source>
        <translation>B − R − Ret</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="108"/>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="109"/>
        <source>Distinct orders with at least one sale line in the period; an order with only returns is not counted.</source>
        <translation>Verschiedene Bestellungen mit mindestens einer Verkaufszeile im Zeitraum; eine Bestellung nur mit Retouren zählt nicht.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="110"/>
        <source>O = distinct orders with a sale line</source>
        <translation>Best = verschiedene Bestellungen mit einer Verkaufszeile</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="112"/>
        <source>Average order value</source>
        <translation>Durchschnittlicher Bestellwert</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="113"/>
        <source>Gross sales minus discounts, divided by the number of orders.</source>
        <translation>Bruttoumsatz minus Rabatte, geteilt durch die Zahl der Bestellungen.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="114"/>
        <source>(G − D) ÷ orders</source>
        <translation>(B − R) ÷ Bestellungen</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="116"/>
        <source>Units per transaction</source>
        <translation>Artikel pro Einkauf</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="117"/>
        <source>Units sold on sale lines divided by the number of orders.</source>
        <translation>Auf Verkaufszeilen verkaufte Artikel, geteilt durch die Zahl der Bestellungen.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="118"/>
        <source>units ÷ orders</source>
        <translation>Artikel ÷ Bestellungen</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="120"/>
        <source>Average unit retail</source>
        <translation>Durchschnittlicher Verkaufspreis pro Artikel</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="121"/>
        <source>Gross sales minus discounts, divided by the units sold on sale lines: the average price of a unit after discounts.</source>
        <translation>Bruttoumsatz minus Rabatte, geteilt durch die auf Verkaufszeilen verkauften Artikel: der durchschnittliche Preis eines Artikels nach Rabatten.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="122"/>
        <source>(G − D) ÷ units</source>
        <translation>(B − R) ÷ Artikel</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="124"/>
        <source>Return rate</source>
        <translation>Retourenquote</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="125"/>
        <source>Returns divided by gross sales.</source>
        <translation>Retouren geteilt durch den Bruttoumsatz.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="126"/>
        <source>R ÷ G</source>
        <translation>Ret ÷ B</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="128"/>
        <source>Guest share</source>
        <translation>Gastanteil</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="129"/>
        <source>The share of sales after discounts made without a customer id.</source>
        <translation>Der Anteil des Umsatzes nach Rabatten, der ohne Kundennummer erzielt wurde.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="130"/>
        <source>guest sales ÷ (G − D)</source>
        <translation>Gastumsatz ÷ (B − R)</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="132"/>
        <source>Cost of goods sold</source>
        <translation>Wareneinsatz</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="133"/>
        <source>Quantity times unit cost over the lines with a known cost; returns reduce it.</source>
        <translation>Menge mal Einstandspreis über die Zeilen mit bekannten Kosten; Retouren verringern ihn.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="134"/>
        <source>COGS = Σ quantity × unit cost</source>
        <translation>WE = Σ Menge × Einstandspreis</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="136"/>
        <source>Gross margin</source>
        <translation>Rohertrag</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="137"/>
        <source>Net sales minus the cost of goods sold.</source>
        <translation>Nettoumsatz minus Wareneinsatz.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="140"/>
        <source>Cost coverage</source>
        <translation>Kostenabdeckung</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="141"/>
        <source>The share of gross sales on sale lines whose cost is known.</source>
        <translation>Der Anteil des Bruttoumsatzes auf Verkaufszeilen, deren Kosten bekannt sind.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="142"/>
        <source>G of lines with a known cost ÷ G</source>
        <translation>B der Zeilen mit bekannten Kosten ÷ B</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="144"/>
        <source>Gross margin %</source>
        <translation>Rohertrag %</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="145"/>
        <source>Gross margin divided by net sales.</source>
        <translation>Rohertrag geteilt durch den Nettoumsatz.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="148"/>
        <source>Year-over-year growth</source>
        <translation>Wachstum zum Vorjahr</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="149"/>
        <source>Net sales minus the net sales of the same period one year earlier.</source>
        <translation>Nettoumsatz minus Nettoumsatz des gleichen Zeitraums ein Jahr zuvor.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="152"/>
        <source>Year-over-year growth %</source>
        <translation>Wachstum zum Vorjahr %</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="153"/>
        <source>Year-over-year growth divided by the absolute net sales of the same period one year earlier.</source>
        <translation>Wachstum zum Vorjahr geteilt durch den Betrag des Nettoumsatzes im gleichen Zeitraum ein Jahr zuvor.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="156"/>
        <source>Sales per employee</source>
        <translation>Umsatz pro Mitarbeiter</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="157"/>
        <source>Net sales divided by the average headcount of the months that overlap the period, summed over the stores.</source>
        <translation>Nettoumsatz geteilt durch die durchschnittliche Mitarbeiterzahl der Monate, die den Zeitraum überschneiden, summiert über die Filialen.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="160"/>
        <source>Conversion rate</source>
        <translation>Konversionsrate</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="161"/>
        <source>Orders divided by visitors, over the stores and days that have traffic counts.</source>
        <translation>Bestellungen geteilt durch Besucher, über die Filialen und Tage mit Besucherzählung.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="162"/>
        <source>orders ÷ visitors</source>
        <translation>Bestellungen ÷ Besucher</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="164"/>
        <source>Inventory turnover</source>
        <translation>Lagerumschlag</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="165"/>
        <source>Cost of goods sold divided by the average inventory value at cost (cost on both sides).</source>
        <translation>Wareneinsatz geteilt durch den durchschnittlichen Lagerwert zu Einstandspreisen (beide Seiten zu Kosten).</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="166"/>
        <source>COGS ÷ average inventory at cost</source>
        <translation>WE ÷ durchschnittlicher Lagerwert zu Einstandspreisen</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="168"/>
        <source>GMROI</source>
        <translation>GMROI</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="169"/>
        <source>Gross margin divided by the average inventory value at cost.</source>
        <translation>Rohertrag geteilt durch den durchschnittlichen Lagerwert zu Einstandspreisen.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="170"/>
        <source>gross margin ÷ average inventory at cost</source>
        <translation>Rohertrag ÷ durchschnittlicher Lagerwert zu Einstandspreisen</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="172"/>
        <source>Customer acquisition cost</source>
        <translation>Kundengewinnungskosten</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="173"/>
        <source>Marketing spend in the period divided by the new customers of the period.</source>
        <translation>Marketingausgaben des Zeitraums geteilt durch die Neukunden des Zeitraums.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="174"/>
        <source>marketing spend ÷ new customers</source>
        <translation>Marketingausgaben ÷ Neukunden</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="176"/>
        <source>CLV : CAC</source>
        <translation>CLV : CAC</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="177"/>
        <source>The average historical lifetime value of the customers acquired in the period divided by the acquisition cost.</source>
        <translation>Der durchschnittliche historische Kundenwert der im Zeitraum gewonnenen Kunden geteilt durch die Kundengewinnungskosten.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="178"/>
        <source>historical CLV ÷ CAC</source>
        <translation>historischer CLV ÷ CAC</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="180"/>
        <source>Buying customers</source>
        <translation>Kaufende Kunden</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="189"/>
        <source>Buying customers who had bought before the period.</source>
        <translation>Kaufende Kunden, die schon vor dem Zeitraum gekauft hatten.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="193"/>
        <source>Orders of identified customers divided by the buying customers.</source>
        <translation>Bestellungen identifizierter Kunden geteilt durch die kaufenden Kunden.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="197"/>
        <source>The share of buying customers with two or more orders in the period.</source>
        <translation>Der Anteil der kaufenden Kunden mit zwei oder mehr Bestellungen im Zeitraum.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="181"/>
        <source>Identified customers with at least one sale line in the period.</source>
        <translation>Identifizierte Kunden mit mindestens einer Verkaufszeile im Zeitraum.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="105"/>
        <source>Gross sales minus discounts minus returns: the line amounts of all lines of the period, as the exports write them (with VAT where their prices include it; shipping is not sales).</source>
        <translation>Bruttoumsatz minus Rabatte minus Retouren: die Zeilenbeträge aller Zeilen des Zeitraums, wie die Exporte sie schreiben (mit MwSt., wo ihre Preise sie enthalten; Versand ist kein Umsatz).</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="138"/>
        <source>net sales − COGS</source>
        <translation>Nettoumsatz − WE</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="146"/>
        <source>(net sales − COGS) ÷ net sales</source>
        <translation>(Nettoumsatz − WE) ÷ Nettoumsatz</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="150"/>
        <source>net sales − net sales a year earlier</source>
        <translation>Nettoumsatz − Nettoumsatz ein Jahr zuvor</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="154"/>
        <source>(net sales − net sales a year earlier) ÷ |net sales a year earlier|</source>
        <translation>(Nettoumsatz − Nettoumsatz ein Jahr zuvor) ÷ |Nettoumsatz ein Jahr zuvor|</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="158"/>
        <source>net sales ÷ average headcount</source>
        <translation>Nettoumsatz ÷ durchschnittliche Mitarbeiterzahl</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="182"/>
        <source>C = customers with a sale line</source>
        <translation>K = Kunden mit einer Verkaufszeile</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="184"/>
        <source>New customers</source>
        <translation>Neukunden</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="185"/>
        <source>Customers whose first purchase falls in the period.</source>
        <translation>Kunden, deren erster Kauf in den Zeitraum fällt.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="186"/>
        <source>N = customers whose first sale line is in the period</source>
        <translation>N = Kunden, deren erste Verkaufszeile im Zeitraum liegt</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="188"/>
        <source>Returning customers</source>
        <translation>Wiederkehrende Kunden</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="190"/>
        <source>C − new customers</source>
        <translation>K − Neukunden</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="192"/>
        <source>Purchase frequency</source>
        <translation>Kauffrequenz</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="194"/>
        <source>orders ÷ C</source>
        <translation>Bestellungen ÷ K</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="196"/>
        <source>Repeat purchase rate</source>
        <translation>Wiederkaufrate</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="198"/>
        <source>customers with 2+ orders ÷ C</source>
        <translation>Kunden mit 2+ Bestellungen ÷ K</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="200"/>
        <source>Customers at start (S)</source>
        <translation>Kunden zu Beginn (S)</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="201"/>
        <source>Customers with a purchase in the activity window before the first day of the period.</source>
        <translation>Kunden mit einem Kauf im Aktivitätsfenster vor dem ersten Tag des Zeitraums.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="202"/>
        <source>S = customers with a sale line in [from − W, from − 1]</source>
        <translation>S = Kunden mit einer Verkaufszeile in [von − W, von − 1]</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="204"/>
        <source>Customers at end (E)</source>
        <translation>Kunden am Ende (E)</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="205"/>
        <source>Customers with a purchase in the activity window ending on the last day of the period.</source>
        <translation>Kunden mit einem Kauf im Aktivitätsfenster, das am letzten Tag des Zeitraums endet.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="206"/>
        <source>E = customers with a sale line in [to + 1 − W, to]</source>
        <translation>E = Kunden mit einer Verkaufszeile in [bis + 1 − W, bis]</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="208"/>
        <source>Retention rate</source>
        <translation>Kundenbindungsrate</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="209"/>
        <source>Customers at the end minus new customers, divided by the customers at the start.</source>
        <translation>Kunden am Ende minus Neukunden, geteilt durch die Kunden zu Beginn.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="210"/>
        <source>(E − N) ÷ S</source>
        <translation>(E − N) ÷ S</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="212"/>
        <source>Churn rate</source>
        <translation>Abwanderungsrate</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="213"/>
        <source>The share of the customers at the start who are no longer customers at the end.</source>
        <translation>Der Anteil der Kunden zu Beginn, die am Ende keine Kunden mehr sind.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="214"/>
        <source>churned ÷ S</source>
        <translation>abgewandert ÷ S</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="217"/>
        <source>Kept customers</source>
        <translation>Anteil gehaltener Kunden</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="218"/>
        <source>The share of the customers at the start who are still customers at the end (1 − churn rate).</source>
        <translation>Der Anteil der Kunden zu Beginn, die am Ende noch Kunden sind (1 − Abwanderungsrate).</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="219"/>
        <source>(S − churned) ÷ S</source>
        <translation>(S − abgewandert) ÷ S</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="221"/>
        <source>Reactivated customers</source>
        <translation>Reaktivierte Kunden</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="222"/>
        <source>Customers at the end who had lapsed before the period and came back: neither customers at the start nor new in the period.</source>
        <translation>Kunden am Ende, die vor dem Zeitraum inaktiv geworden und zurückgekehrt waren: weder Kunden zu Beginn noch neu im Zeitraum.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="223"/>
        <source>E − kept − new customers at the end</source>
        <translation>E − gehaltene − Neukunden am Ende</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="225"/>
        <source>Historical CLV</source>
        <translation>Historischer Kundenwert (CLV)</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="226"/>
        <source>The mean of all net sales to date of the customers acquired in the period.</source>
        <translation>Der Mittelwert des gesamten bisherigen Nettoumsatzes der im Zeitraum gewonnenen Kunden.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="227"/>
        <source>net sales of new customers ÷ new customers</source>
        <translation>Nettoumsatz der Neukunden ÷ Neukunden</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="231"/>
        <source>Simple predictive CLV</source>
        <translation>Einfacher prognostizierter Kundenwert (CLV)</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="232"/>
        <source>Average purchase value times purchases per year times the expected lifespan in years.</source>
        <translation>Durchschnittlicher Kaufwert mal Käufe pro Jahr mal erwartete Kundenlebensdauer in Jahren.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="233"/>
        <source>APV × F × L</source>
        <translation>DKW × F × L</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.cpp" line="48"/>
        <source>Sales</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.cpp" line="50"/>
        <source>Cost and margin</source>
        <translation>Kosten und Marge</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.cpp" line="52"/>
        <source>Growth and productivity</source>
        <translation>Wachstum und Produktivität</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.cpp" line="55"/>
        <source>Acquisition</source>
        <translation>Kundengewinnung</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.cpp" line="57"/>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
</context>
<context>
    <name>storelens::core::analytics::KpiTargets</name>
    <message>
        <location filename="../core/analytics/kpi/KpiTargets.cpp" line="53"/>
        <source>The KPI targets stored in the workspace cannot be read: %1</source>
        <translation>Die im Arbeitsbereich gespeicherten KPI-Ziele können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiTargets.cpp" line="60"/>
        <source>The KPI target &quot;%1&quot; stored in the workspace cannot be read.</source>
        <translation>Das im Arbeitsbereich gespeicherte KPI-Ziel „%1“ kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiTargets.cpp" line="82"/>
        <source>There is no KPI named &quot;%1&quot;.</source>
        <translation>Es gibt keine Kennzahl namens „%1“.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiTargets.cpp" line="85"/>
        <source>The target for &quot;%1&quot; is not a number.</source>
        <translation>Das Ziel für „%1“ ist keine Zahl.</translation>
    </message>
</context>
<context>
    <name>storelens::core::analytics::Lifecycle</name>
    <message>
        <location filename="../core/analytics/segments/Lifecycle.cpp" line="28"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/Lifecycle.cpp" line="29"/>
        <source>Lapsed</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/Lifecycle.cpp" line="30"/>
        <source>At risk</source>
        <translation>Gefährdet</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/Lifecycle.cpp" line="31"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/Lifecycle.cpp" line="35"/>
        <source>High value</source>
        <translation>Hoher Wert</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/Lifecycle.cpp" line="36"/>
        <source>Medium value</source>
        <translation>Mittlerer Wert</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/Lifecycle.cpp" line="37"/>
        <source>Low value</source>
        <translation>Niedriger Wert</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/Lifecycle.cpp" line="99"/>
        <source>The lifecycle settings are not valid JSON.</source>
        <translation>Die Lebenszyklus-Einstellungen sind kein gültiges JSON.</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/Lifecycle.cpp" line="111"/>
        <source>The lifecycle settings are out of range: day thresholds must be at least 1 and the value tier percentages between 0 and 100, high not below medium.</source>
        <translation>Die Lebenszyklus-Einstellungen liegen außerhalb des zulässigen Bereichs: Tagesschwellen müssen mindestens 1 sein und die Prozentwerte der Wertstufen zwischen 0 und 100 liegen, „hoch“ nicht unter „mittel“.</translation>
    </message>
</context>
<context>
    <name>storelens::core::analytics::MemberExport</name>
    <message>
        <location filename="../core/analytics/segments/MemberExport.cpp" line="55"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/MemberExport.cpp" line="56"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/MemberExport.cpp" line="56"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/MemberExport.cpp" line="59"/>
        <source>no prices imported</source>
        <translation>keine Preise importiert</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/MemberExport.cpp" line="98"/>
        <source>Customer ID</source>
        <translation>Kundennummer</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/MemberExport.cpp" line="99"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/MemberExport.cpp" line="100"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/MemberExport.cpp" line="101"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/MemberExport.cpp" line="102"/>
        <source>First purchase</source>
        <translation>Erster Kauf</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/MemberExport.cpp" line="103"/>
        <source>Last purchase</source>
        <translation>Letzter Kauf</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/MemberExport.cpp" line="104"/>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/MemberExport.cpp" line="105"/>
        <source>Net sales</source>
        <translation>Nettoumsatz</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/MemberExport.cpp" line="106"/>
        <source>Average order value</source>
        <translation>Durchschnittlicher Bestellwert</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/MemberExport.cpp" line="107"/>
        <source>Recency (days)</source>
        <translation>Tage seit letztem Kauf</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/MemberExport.cpp" line="108"/>
        <source>Recency score (R)</source>
        <translation>Aktualitätswert (R)</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/MemberExport.cpp" line="109"/>
        <source>Frequency score (F)</source>
        <translation>Häufigkeitswert (F)</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/MemberExport.cpp" line="110"/>
        <source>Monetary score (M)</source>
        <translation>Umsatzwert (M)</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/MemberExport.cpp" line="111"/>
        <source>RFM segment</source>
        <translation>RFM-Segment</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/MemberExport.cpp" line="112"/>
        <source>Lifecycle stage</source>
        <translation>Lebenszyklusphase</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/MemberExport.cpp" line="113"/>
        <source>Value tier</source>
        <translation>Wertstufe</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/MemberExport.cpp" line="114"/>
        <source>Email consent</source>
        <translation>E-Mail-Einwilligung</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/MemberExport.cpp" line="185"/>
        <source>The column &quot;%1&quot; is unknown; the columns are: %2.</source>
        <translation>Die Spalte „%1“ ist unbekannt; die Spalten sind: %2.</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/MemberExport.cpp" line="192"/>
        <location filename="../core/analytics/segments/MemberExport.cpp" line="218"/>
        <source>The member list could not be written: %1</source>
        <translation>Die Mitgliederliste konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/MemberExport.cpp" line="230"/>
        <source>The file could not be created: %1</source>
        <translation>Die Datei konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/MemberExport.cpp" line="238"/>
        <source>The file could not be written: %1</source>
        <translation>Die Datei konnte nicht geschrieben werden: %1</translation>
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
        <translation>Zahlen für %1 (der Zeitraum bis heute)</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/PeriodSentence.cpp" line="40"/>
        <source>Figures for %1</source>
        <translation>Zahlen für %1</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/PeriodSentence.cpp" line="45"/>
        <source>Figures for all your data, %1, with no comparison: there is no earlier data to compare with.</source>
        <translation>Zahlen für alle Ihre Daten, %1, ohne Vergleich: Es gibt keine früheren Daten zum Vergleichen.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/PeriodSentence.cpp" line="49"/>
        <source>%1, with no comparison.</source>
        <translation>%1, ohne Vergleich.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/PeriodSentence.cpp" line="53"/>
        <source>%1; the same days a year earlier (%2) hold too little data to compare with, so no changes are shown.</source>
        <translation>%1; dieselben Tage ein Jahr zuvor (%2) enthalten zu wenige Daten für einen Vergleich, daher werden keine Veränderungen angezeigt.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/PeriodSentence.cpp" line="55"/>
        <source>%1; the period before (%2) holds too little data to compare with, so no changes are shown.</source>
        <translation>%1; der vorherige Zeitraum (%2) enthält zu wenige Daten für einen Vergleich, daher werden keine Veränderungen angezeigt.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/PeriodSentence.cpp" line="59"/>
        <source>%1, compared with the same days a year earlier (%2).</source>
        <translation>%1, verglichen mit denselben Tagen ein Jahr zuvor (%2).</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/PeriodSentence.cpp" line="60"/>
        <source>%1, compared with the period just before (%2).</source>
        <translation>%1, verglichen mit dem unmittelbar vorherigen Zeitraum (%2).</translation>
    </message>
</context>
<context>
    <name>storelens::core::analytics::Periods</name>
    <message>
        <location filename="../core/analytics/query/Periods.cpp" line="168"/>
        <source>The period lies before the first day with data.</source>
        <translation>Der Zeitraum liegt vor dem ersten Tag mit Daten.</translation>
    </message>
    <message>
        <location filename="../core/analytics/query/Periods.cpp" line="170"/>
        <source>The comparison period lies before the first day with data.</source>
        <translation>Der Vergleichszeitraum liegt vor dem ersten Tag mit Daten.</translation>
    </message>
    <message>
        <location filename="../core/analytics/query/Periods.cpp" line="172"/>
        <source>The retention look-back window lies before the first day with data, so retention and churn have no customers at the start to rest on.</source>
        <translation>Das Rückblickfenster für die Kundenbindung liegt vor dem ersten Tag mit Daten; Kundenbindung und Abwanderung haben daher keine Kunden zu Beginn, auf denen sie beruhen könnten.</translation>
    </message>
    <message>
        <location filename="../core/analytics/query/Periods.cpp" line="178"/>
        <source>The comparison period&apos;s retention look-back window lies before the first day with data, so its retention and churn have no customers at the start to rest on.</source>
        <translation>Das Rückblickfenster für die Kundenbindung im Vergleichszeitraum liegt vor dem ersten Tag mit Daten; seine Kundenbindung und Abwanderung haben daher keine Kunden zu Beginn, auf denen sie beruhen könnten.</translation>
    </message>
    <message>
        <location filename="../core/analytics/query/Periods.cpp" line="202"/>
        <source>The period holds only %1 of its %2 days of data.</source>
        <translation>Der Zeitraum enthält nur an %1 seiner %2 Tage Daten.</translation>
    </message>
    <message>
        <location filename="../core/analytics/query/Periods.cpp" line="206"/>
        <source>The comparison period holds only %1 of its %2 days of data.</source>
        <translation>Der Vergleichszeitraum enthält nur an %1 seiner %2 Tage Daten.</translation>
    </message>
    <message>
        <location filename="../core/analytics/query/Periods.cpp" line="210"/>
        <source>A customer counts as lost after %2 days without buying, but the data before this period covers only %1 days: retention and churn rest on part of that window and cannot yet tell who was lost.</source>
        <translation>Ein Kunde gilt nach %2 Tagen ohne Kauf als verloren, die Daten vor diesem Zeitraum reichen aber nur %1 Tage zurück: Kundenbindung und Abwanderung beruhen auf einem Teil dieses Fensters und können noch nicht sagen, wer verloren ist.</translation>
    </message>
    <message>
        <location filename="../core/analytics/query/Periods.cpp" line="216"/>
        <source>The data before the comparison period covers only %1 of the %2 days a customer may go without buying: its retention and churn rest on part of that window.</source>
        <translation>Die Daten vor dem Vergleichszeitraum decken nur %1 der %2 Tage ab, die ein Kunde ohne Kauf bleiben darf: Dessen Kundenbindung und Abwanderung beruhen auf einem Teil dieses Fensters.</translation>
    </message>
    <message>
        <location filename="../core/analytics/query/Periods.cpp" line="257"/>
        <source>The same period a year earlier has no data, so no change is shown.</source>
        <translation>Der gleiche Zeitraum ein Jahr früher enthält keine Daten; daher wird keine Veränderung angezeigt.</translation>
    </message>
    <message>
        <location filename="../core/analytics/query/Periods.cpp" line="258"/>
        <source>The previous period has no data, so no change is shown.</source>
        <translation>Der vorige Zeitraum enthält keine Daten; daher wird keine Veränderung angezeigt.</translation>
    </message>
    <message>
        <location filename="../core/analytics/query/Periods.cpp" line="260"/>
        <source>The same period a year earlier holds only %1 of its %2 days of data, so no change is shown.</source>
        <translation>Der gleiche Zeitraum ein Jahr früher enthält nur an %1 seiner %2 Tage Daten; daher wird keine Veränderung angezeigt.</translation>
    </message>
    <message>
        <location filename="../core/analytics/query/Periods.cpp" line="263"/>
        <source>The previous period holds only %1 of its %2 days of data, so no change is shown.</source>
        <translation>Der vorherige Zeitraum enthält nur an %1 seiner %2 Tage Daten, daher wird keine Veränderung angezeigt.</translation>
    </message>
    <message>
        <location filename="../core/analytics/query/Periods.cpp" line="276"/>
        <source>The comparison period&apos;s look-back window lies before the first day with data, so no change is shown.</source>
        <translation>Das Rückblickfenster des Vergleichszeitraums liegt vor dem ersten Tag mit Daten; daher wird keine Veränderung angezeigt.</translation>
    </message>
    <message>
        <location filename="../core/analytics/query/Periods.cpp" line="278"/>
        <source>The look-back window lies before the first day with data, so this figure is not judged good or bad.</source>
        <translation>Das Rückblickfenster liegt vor dem ersten Tag mit Daten; daher wird diese Kennzahl nicht als gut oder schlecht bewertet.</translation>
    </message>
    <message>
        <location filename="../core/analytics/query/Periods.cpp" line="281"/>
        <source>The comparison period&apos;s look-back window holds only %1 of its %2 days of data, so no change is shown.</source>
        <translation>Das Rückblickfenster des Vergleichszeitraums enthält nur an %1 seiner %2 Tage Daten, daher wird keine Veränderung angezeigt.</translation>
    </message>
    <message>
        <location filename="../core/analytics/query/Periods.cpp" line="285"/>
        <source>The look-back window holds only %1 of its %2 days of data, so this figure rests on part of a window and is not judged good or bad.</source>
        <translation>Das Rückblickfenster enthält nur an %1 seiner %2 Tage Daten, daher beruht diese Zahl auf einem Teilfenster und wird nicht als gut oder schlecht bewertet.</translation>
    </message>
</context>
<context>
    <name>storelens::core::analytics::SegmentGrid</name>
    <message>
        <location filename="../core/analytics/segments/SegmentGrid.cpp" line="25"/>
        <source>The segment table is not valid: it needs five rows of five segment names.</source>
        <translation>Die Segmenttabelle ist ungültig: Sie braucht fünf Zeilen mit je fünf Segmentnamen.</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/SegmentGrid.cpp" line="30"/>
        <source>Champions</source>
        <translation>Champions</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/SegmentGrid.cpp" line="31"/>
        <source>Loyal customers</source>
        <translation>Treue Kunden</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/SegmentGrid.cpp" line="32"/>
        <source>Potential loyalists</source>
        <translation>Potenzielle Stammkunden</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/SegmentGrid.cpp" line="33"/>
        <source>Recent customers</source>
        <translation>Neue Kunden</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/SegmentGrid.cpp" line="34"/>
        <source>Promising</source>
        <translation>Vielversprechend</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/SegmentGrid.cpp" line="35"/>
        <source>Need attention</source>
        <translation>Brauchen Aufmerksamkeit</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/SegmentGrid.cpp" line="36"/>
        <source>About to sleep</source>
        <translation>Kurz vor dem Einschlafen</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/SegmentGrid.cpp" line="37"/>
        <source>At risk</source>
        <translation>Gefährdet</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/SegmentGrid.cpp" line="38"/>
        <source>Can&apos;t lose them</source>
        <translation>Nicht verlieren</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/SegmentGrid.cpp" line="39"/>
        <source>Hibernating</source>
        <translation>Im Winterschlaf</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/SegmentGrid.cpp" line="40"/>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
</context>
<context>
    <name>storelens::core::analytics::SegmentRule</name>
    <message>
        <location filename="../core/analytics/segments/RuleSegmentJson.cpp" line="90"/>
        <source>The segment rule is not valid: %1</source>
        <translation>Die Segmentregel ist ungültig: %1</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/RuleSegmentJson.cpp" line="254"/>
        <source>The operator %1 does not apply to the field %2.</source>
        <translation>Der Operator %1 passt nicht zum Feld %2.</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/RuleSegmentJson.cpp" line="262"/>
        <source>The condition on %1 has the wrong number of values for %2.</source>
        <translation>Die Bedingung zu %1 hat die falsche Anzahl von Werten für %2.</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/RuleSegmentJson.cpp" line="296"/>
        <source>The value &quot;%1&quot; does not suit the field %2.</source>
        <translation>Der Wert „%1“ passt nicht zum Feld %2.</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/RuleSegmentJson.cpp" line="338"/>
        <location filename="../core/analytics/segments/RuleSegmentJson.cpp" line="345"/>
        <source>joins are &quot;and&quot; or &quot;or&quot;.</source>
        <translation>Verknüpfungen sind „und“ oder „oder“.</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/RuleSegmentJson.cpp" line="352"/>
        <source>the field &quot;%1&quot; is unknown.</source>
        <translation>das Feld „%1“ ist unbekannt.</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/RuleSegmentJson.cpp" line="356"/>
        <source>the operator &quot;%1&quot; is unknown.</source>
        <translation>der Operator „%1“ ist unbekannt.</translation>
    </message>
</context>
<context>
    <name>storelens::core::analytics::SegmentStore</name>
    <message>
        <location filename="../core/analytics/segments/SegmentStore.cpp" line="24"/>
        <source>The saved segments could not be read or written: %1</source>
        <translation>Die gespeicherten Segmente konnten nicht gelesen oder geschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/SegmentStore.cpp" line="25"/>
        <location filename="../core/analytics/segments/SegmentStore.cpp" line="182"/>
        <source>There is no segment named &quot;%1&quot;.</source>
        <translation>Es gibt kein Segment namens „%1“.</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/SegmentStore.cpp" line="79"/>
        <location filename="../core/analytics/segments/SegmentStore.cpp" line="98"/>
        <source>The saved segment &quot;%1&quot; cannot be read: %2</source>
        <translation>Das gespeicherte Segment „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/SegmentStore.cpp" line="26"/>
        <source>A segment needs a name.</source>
        <translation>Ein Segment braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/SegmentStore.cpp" line="27"/>
        <source>A segment named &quot;%1&quot; exists already.</source>
        <translation>Ein Segment namens „%1“ gibt es bereits.</translation>
    </message>
</context>
<context>
    <name>storelens::core::analytics::SnapshotCache</name>
    <message>
        <location filename="../core/analytics/snapshot/SnapshotCache.cpp" line="91"/>
        <source>The workspace could not be loaded.</source>
        <translation>Der Arbeitsbereich konnte nicht geladen werden.</translation>
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
        <translation>Der Arbeitsbereich konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../core/analytics/snapshot/SnapshotLoader.cpp" line="183"/>
        <source>The workspace holds amounts or quantities that add up beyond the range StoreLens computes exactly (±99,999,999,999,999.9999); it cannot be analysed.</source>
        <translation>Der Arbeitsbereich enthält Beträge oder Mengen, die in der Summe den Bereich überschreiten, den StoreLens exakt berechnet (±99.999.999.999.999,9999); er kann nicht ausgewertet werden.</translation>
    </message>
    <message>
        <location filename="../core/analytics/snapshot/SnapshotLoader.cpp" line="524"/>
        <source>Loading the workspace was cancelled.</source>
        <translation>Das Laden des Arbeitsbereichs wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/analytics/snapshot/SnapshotLoader.cpp" line="360"/>
        <source>no SQLite handle</source>
        <translation>kein SQLite-Handle</translation>
    </message>
</context>
<context>
    <name>storelens::core::analytics::clv::BgNbdModel</name>
    <message>
        <location filename="../core/analytics/clv/FitSupport.cpp" line="305"/>
        <source>Customer %1 has an impossible purchase history (x = %2, t_x = %3, T = %4).</source>
        <translation>Kunde %1 hat eine unmögliche Kaufhistorie (x = %2, t_x = %3, T = %4).</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/FitSupport.cpp" line="320"/>
        <source>There are no customers to fit the purchase model on.</source>
        <translation>Es gibt keine Kunden, an die das Kaufmodell angepasst werden kann.</translation>
    </message>
</context>
<context>
    <name>storelens::core::analytics::clv::ClvCalculator</name>
    <message numerus="yes">
        <location filename="../core/analytics/clv/ClvStatusMessage.cpp" line="36"/>
        <source>Predicted lifetime value needs at least %1 identified customers; this selection has %n, so no prediction is shown.</source>
        <translation>
            <numerusform>Der vorhergesagte Kundenwert braucht mindestens %1 identifizierte Kunden; diese Auswahl hat %n, daher wird keine Vorhersage gezeigt.</numerusform>
            <numerusform>Der vorhergesagte Kundenwert braucht mindestens %1 identifizierte Kunden; diese Auswahl hat %n, daher wird keine Vorhersage gezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/ClvStatusMessage.cpp" line="41"/>
        <source>Predicted lifetime value needs at least %1 identified customers; the data has fewer, so no prediction is shown.</source>
        <translation>Der prognostizierte Kundenwert braucht mindestens %1 identifizierte Kunden; die Daten enthalten weniger, daher wird keine Prognose angezeigt.</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/ClvStatusMessage.cpp" line="46"/>
        <source>More customers would help: orders that name the customer (an id or an e-mail address).</source>
        <translation>Mehr Kunden würden helfen: Bestellungen, die den Kunden nennen (eine Kundennummer oder eine E-Mail-Adresse).</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/ClvStatusMessage.cpp" line="49"/>
        <source>Wider filters would also let more customers in.</source>
        <translation>Weiter gefasste Filter würden ebenfalls mehr Kunden einbeziehen.</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/ClvStatusMessage.cpp" line="52"/>
        <source>The check against reality counts only the customers who had bought by %1; a later date counts more of them.</source>
        <translation>Der Abgleich mit der Wirklichkeit zählt nur die Kunden, die bis %1 gekauft hatten; ein späteres Datum zählt mehr von ihnen.</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/ClvStatusMessage.cpp" line="62"/>
        <source>Predicted lifetime value needs at least %1 days of purchase history; the data covers %2, so no prediction is shown.</source>
        <translation>Der prognostizierte Kundenwert braucht mindestens %1 Tage Kaufhistorie; die Daten umfassen %2, daher wird keine Prognose angezeigt.</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/ClvStatusMessage.cpp" line="67"/>
        <source>Predicted lifetime value needs at least %1 days of purchase history; the data covers less, so no prediction is shown.</source>
        <translation>Der prognostizierte Kundenwert braucht mindestens %1 Tage Kaufhistorie; die Daten umfassen weniger, daher wird keine Prognose angezeigt.</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/ClvStatusMessage.cpp" line="70"/>
        <source>Importing older orders would help.</source>
        <translation>Ältere Bestellungen zu importieren würde helfen.</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/ClvStatusMessage.cpp" line="75"/>
        <source>No customer has bought on more than one day, so repeat behaviour cannot be predicted and no prediction is shown.</source>
        <translation>Kein Kunde hat an mehr als einem Tag gekauft, daher lässt sich das Wiederkaufverhalten nicht vorhersagen und es wird keine Prognose angezeigt.</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/ClvStatusMessage.cpp" line="78"/>
        <source>A longer history would help, or customer ids that recognise a customer who comes back (an id or an e-mail address rather than a name).</source>
        <translation>Eine längere Historie würde helfen, oder Kunden-IDs, die einen wiederkehrenden Kunden erkennen (eine ID oder eine E-Mail-Adresse statt eines Namens).</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/ClvStatusMessage.cpp" line="87"/>
        <source>The purchase models found no stable fit for the purchase days of these %1 customers (%2 of them bought on more than one day), so no prediction is shown rather than a wrong one.</source>
        <translation>Die Kaufmodelle fanden keine stabile Anpassung an die Kauftage dieser %1 Kunden (%2 davon kauften an mehr als einem Tag), daher wird keine Prognose angezeigt statt einer falschen.</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/ClvStatusMessage.cpp" line="92"/>
        <source>The purchase models found no stable fit for these purchase days, so no prediction is shown rather than a wrong one.</source>
        <translation>Die Kaufmodelle fanden keine stabile Anpassung an diese Kauftage, daher wird keine Prognose angezeigt statt einer falschen.</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/ClvStatusMessage.cpp" line="98"/>
        <source>Most of these customers came back, so more of them is not what is missing: the models learn how customers drift away by seeing some stop buying, and this history shows too few who stopped. A longer history would help.</source>
        <translation>Die meisten dieser Kunden kamen wieder, also fehlen nicht mehr Kunden: Die Modelle lernen, wie Kunden abwandern, indem sie sehen, wie einige aufhören zu kaufen, und diese Historie zeigt zu wenige, die aufgehört haben. Eine längere Historie würde helfen.</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/ClvStatusMessage.cpp" line="102"/>
        <source>More customers who buy again, or a longer history, would help.</source>
        <translation>Mehr Kunden, die wieder kaufen, oder eine längere Historie würden helfen.</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/ClvStatusMessage.cpp" line="111"/>
        <source>customers who bought again</source>
        <translation>Kunden, die wieder gekauft haben,</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/ClvStatusMessage.cpp" line="112"/>
        <source>the %1 customers who bought again (on average from %2 to %3 a purchase day, the highest customer &quot;%4&quot;)</source>
        <translation>die %1 Kunden, die wieder gekauft haben (im Mittel %2 bis %3 je Kauftag, am höchsten bei Kunde „%4“),</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/ClvStatusMessage.cpp" line="122"/>
        <source>The model expects each customer&apos;s purchases to vary around that customer&apos;s usual amount; this often fails when one customer id stands for several people (a name such as &quot;C. Martin&quot; shared by different customers) or when orders that are no purchase (cancelled or unpaid orders counted as sales, wholesale or internal orders) are in the data. Customer ids that tell people apart (an id or an e-mail address), leaving such orders out, or more purchases per customer would help.</source>
        <translation>Das Modell erwartet, dass die Käufe jedes Kunden um dessen üblichen Betrag schwanken; das scheitert oft, wenn eine Kunden-ID für mehrere Personen steht (ein Name wie „C. Martin“, den verschiedene Kunden teilen) oder wenn Bestellungen, die kein Kauf sind (stornierte oder unbezahlte Bestellungen als Verkäufe gezählt, Großhandels- oder interne Bestellungen), in den Daten stehen. Kunden-IDs, die Personen unterscheiden (eine ID oder eine E-Mail-Adresse), das Weglassen solcher Bestellungen oder mehr Käufe je Kunde würden helfen.</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/ClvStatusMessage.cpp" line="133"/>
        <source>The spend model found no stable fit for what %1 spend, so spend and lifetime value are not predicted rather than predicted wrong; the purchases expected and the chance that each customer is still active do not depend on spend and are shown.</source>
        <translation>Das Ausgabenmodell fand keine stabile Anpassung an das, was %1 ausgeben, daher werden Ausgaben und Kundenwert nicht vorhergesagt statt falsch; die erwarteten Käufe und die Wahrscheinlichkeit, dass jeder Kunde noch aktiv ist, hängen nicht von den Ausgaben ab und werden angezeigt.</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/ClvStatusMessage.cpp" line="143"/>
        <source>What %1 spend varies too widely for the spend model to give an average, so spend and lifetime value are not predicted rather than predicted wrong; the purchases expected and the chance that each customer is still active do not depend on spend and are shown.</source>
        <translation>Was %1 ausgeben, schwankt zu stark, als dass das Ausgabenmodell einen Durchschnitt angeben könnte, daher werden Ausgaben und Kundenwert nicht vorhergesagt statt falsch; die erwarteten Käufe und die Wahrscheinlichkeit, dass jeder Kunde noch aktiv ist, hängen nicht von den Ausgaben ab und werden angezeigt.</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/ClvStatusMessage.cpp" line="203"/>
        <source>This is a fault, not your data&apos;s: please report it with the workspace.</source>
        <translation>Das ist ein Fehler, nicht einer Ihrer Daten: Bitte melden Sie ihn mit dem Arbeitsbereich.</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/ClvStatusMessage.cpp" line="201"/>
        <source>The customer summary contains impossible values, so no prediction is shown.</source>
        <translation>Die Kundenübersicht enthält unmögliche Werte, daher wird keine Prognose angezeigt.</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/ClvCalculator.cpp" line="108"/>
        <location filename="../core/analytics/clv/ClvCalculator.cpp" line="145"/>
        <source>The lifetime value computation was cancelled.</source>
        <translation>Die Berechnung des Kundenwerts wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>storelens::core::analytics::clv::ClvExplanation</name>
    <message>
        <location filename="../core/analytics/clv/ClvExplanation.cpp" line="36"/>
        <location filename="../core/analytics/clv/ClvExplanation.cpp" line="108"/>
        <source>Shape of how purchase rates differ between customers: below 1, most customers buy rarely and a few buy very often.</source>
        <translation>Form der Unterschiede in den Kaufraten zwischen den Kunden: unter 1 kaufen die meisten Kunden selten und wenige sehr oft.</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/ClvExplanation.cpp" line="39"/>
        <location filename="../core/analytics/clv/ClvExplanation.cpp" line="111"/>
        <source>Shape of how purchase rates differ between customers: 1 or more, most customers buy at similar rates.</source>
        <translation>Form der Unterschiede in den Kaufraten zwischen den Kunden: ab 1 kaufen die meisten Kunden ähnlich oft.</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/ClvExplanation.cpp" line="43"/>
        <location filename="../core/analytics/clv/ClvExplanation.cpp" line="115"/>
        <source>Scale of the purchase rates, in weeks: while still a customer, the average customer buys r ÷ α = %1 times a week, about %2 times a year.</source>
        <translation>Skala der Kaufraten, in Wochen: Solange er Kunde ist, kauft der durchschnittliche Kunde r ÷ α = %1-mal pro Woche, etwa %2-mal pro Jahr.</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/ClvExplanation.cpp" line="49"/>
        <source>With b, how likely a customer is to stop buying after a purchase: on average a ÷ (a + b) = %1 % of customers leave after any one purchase.</source>
        <translation>Zusammen mit b, wie wahrscheinlich ein Kunde nach einem Kauf aufhört zu kaufen: Im Durchschnitt gehen a ÷ (a + b) = %1 % der Kunden nach einem beliebigen Kauf verloren.</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/ClvExplanation.cpp" line="54"/>
        <source>With a, how much that chance of leaving differs between customers: the larger a + b, the more alike customers are.</source>
        <translation>Zusammen mit a, wie stark sich diese Abwanderungswahrscheinlichkeit zwischen den Kunden unterscheidet: Je größer a + b, desto ähnlicher sind sich die Kunden.</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/ClvExplanation.cpp" line="66"/>
        <source>Shape of one customer&apos;s spend from purchase to purchase: the larger p, the more each customer spends the same amount every time.</source>
        <translation>Form der Ausgaben eines Kunden von Kauf zu Kauf: Je größer p, desto eher gibt jeder Kunde jedes Mal denselben Betrag aus.</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/ClvExplanation.cpp" line="70"/>
        <source>Shape of how average spend differs between customers: the larger q, the more alike customers&apos; average spend is (above 1 for the average to exist).</source>
        <translation>Form der Unterschiede in den durchschnittlichen Ausgaben zwischen den Kunden: Je größer q, desto ähnlicher sind die durchschnittlichen Ausgaben der Kunden (über 1, damit der Durchschnitt existiert).</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/ClvExplanation.cpp" line="75"/>
        <source>Scale of the spend: across customers, a purchase is worth p × γ ÷ (q − 1) = %1 on average.</source>
        <translation>Skala der Ausgaben: Über alle Kunden ist ein Kauf im Durchschnitt p × γ ÷ (q − 1) = %1 wert.</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/ClvExplanation.cpp" line="78"/>
        <source>Scale of the spend; with q at or below 1 the average spend does not exist.</source>
        <translation>Skala der Ausgaben; bei q kleiner oder gleich 1 existieren keine durchschnittlichen Ausgaben.</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/ClvExplanation.cpp" line="96"/>
        <source>With b, how likely a customer is to stop buying after a purchase, the first one included: on average a ÷ (a + b) = %1 % of customers leave after any one purchase.</source>
        <translation>Zusammen mit b: wie wahrscheinlich ein Kunde nach einem Kauf, den ersten eingeschlossen, aufhört zu kaufen: Im Mittel gehen nach jedem einzelnen Kauf a ÷ (a + b) = %1 % der Kunden.</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/ClvExplanation.cpp" line="120"/>
        <source>Shape of how long customers stay: the smaller s, the more customers differ, a few staying for years while many leave soon.</source>
        <translation>Form der Verweildauer der Kunden: Je kleiner s, desto stärker unterscheiden sich die Kunden – einige bleiben jahrelang, während viele bald gehen.</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/ClvExplanation.cpp" line="125"/>
        <source>Scale of how long customers stay, in weeks: a customer stays β ÷ (s − 1) = %1 weeks on average.</source>
        <translation>Skala der Verweildauer der Kunden, in Wochen: Ein Kunde bleibt im Mittel β ÷ (s − 1) = %1 Wochen.</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/ClvExplanation.cpp" line="128"/>
        <source>Scale of how long customers stay, in weeks; with s at or below 1 a few customers stay so long that the average stay has no limit.</source>
        <translation>Skala der Verweildauer der Kunden, in Wochen; bei s kleiner oder gleich 1 bleiben einige Kunden so lange, dass die mittlere Verweildauer keine Grenze hat.</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/ClvExplanation.cpp" line="143"/>
        <source>Part of how long customers stay, at its limit here: the fit finds no customer leaving, so the value only marks where the fit stopped.</source>
        <translation>Teil dessen, wie lange Kunden bleiben, hier an seiner Grenze: Die Anpassung findet keinen Kunden, der abwandert, daher zeigt der Wert nur, wo sie anhielt.</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/ClvExplanation.cpp" line="159"/>
        <source>Converged at a limit after %1 evaluations on %2 customers: %3 ran to the bound of the allowed range (a value there marks where the fit stopped, not an estimate); log-likelihood %4.</source>
        <translation>An einer Grenze konvergiert nach %1 Auswertungen mit %2 Kunden: Bei %3 lief die Anpassung bis an den Rand des zulässigen Bereichs (ein Wert dort zeigt nur, wo sie anhielt, und ist keine Schätzung); Log-Likelihood %4.</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/ClvExplanation.cpp" line="169"/>
        <source>Converged after %1 evaluations on %2 customers; log-likelihood %3.</source>
        <translation>Konvergiert nach %1 Auswertungen mit %2 Kunden; Log-Likelihood %3.</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/ClvExplanation.cpp" line="171"/>
        <source>Did not converge after %1 evaluations on %2 customers (%3); log-likelihood %4.</source>
        <translation>Nicht konvergiert nach %1 Auswertungen mit %2 Kunden (%3); Log-Likelihood %4.</translation>
    </message>
</context>
<context>
    <name>storelens::core::analytics::clv::GammaGammaModel</name>
    <message>
        <location filename="../core/analytics/clv/GammaGammaModel.cpp" line="120"/>
        <source>No customer has bought again with a positive amount, so the spend model cannot be fitted.</source>
        <translation>Kein Kunde hat erneut mit einem positiven Betrag gekauft, daher lässt sich das Ausgabenmodell nicht anpassen.</translation>
    </message>
</context>
<context>
    <name>storelens::core::analytics::clv::RfmSummaryBuilder</name>
    <message>
        <location filename="../core/analytics/clv/RfmSummary.cpp" line="56"/>
        <source>An order line refers to customer number %1, but only %2 customers are known.</source>
        <translation>Eine Bestellzeile verweist auf Kundennummer %1, es sind aber nur %2 Kunden bekannt.</translation>
    </message>
</context>
<context>
    <name>storelens::core::analytics::clv::WorkspaceClv</name>
    <message>
        <location filename="../core/analytics/clv/WorkspaceClv.cpp" line="39"/>
        <source>The lifetime value computation was cancelled.</source>
        <translation>Die Berechnung des Kundenwerts wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/WorkspaceClv.cpp" line="300"/>
        <source>Predictions use the %1 model, as chosen; there is too little history before the last %2 weeks to test it.</source>
        <translation>Die Prognosen verwenden das Modell %1, wie gewählt; vor den letzten %2 Wochen gibt es zu wenig Verlauf, um es zu testen.</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/WorkspaceClv.cpp" line="305"/>
        <source>Predictions use the %1 model, the better fit of the two models; there is too little history before the last %2 weeks to test them on those weeks.</source>
        <translation>Die Prognosen verwenden das Modell %1, das besser angepasste der beiden Modelle; vor den letzten %2 Wochen gibt es zu wenig Verlauf, um sie an diesen Wochen zu testen.</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/WorkspaceClv.cpp" line="318"/>
        <source>Predictions use the %1 model, as chosen: it predicted %2 repeat purchases in the last %3 weeks; there were %4.</source>
        <translation>Die Prognosen verwenden das Modell %1, wie gewählt: Es hat für die letzten %3 Wochen %2 Wiederholungskäufe vorhergesagt; getätigt wurden %4.</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/WorkspaceClv.cpp" line="322"/>
        <source>Predictions use the %1 model, as chosen: it predicted %2 repeat purchases from %3 to %4; there were %5.</source>
        <translation>Die Prognosen verwenden das Modell %1, wie gewählt: Es hat vom %3 bis %4 %2 Wiederholungskäufe vorhergesagt; getätigt wurden %5.</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/WorkspaceClv.cpp" line="328"/>
        <source>Predictions use the %1 model, the closer of the two models tested: it predicted %2 repeat purchases in the last %3 weeks; there were %4.</source>
        <translation>Die Prognosen verwenden das Modell %1, das genauere der beiden getesteten Modelle: Es hat für die letzten %3 Wochen %2 Wiederholungskäufe vorhergesagt; getätigt wurden %4.</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/WorkspaceClv.cpp" line="332"/>
        <source>Predictions use the %1 model, the closer of the two models tested: it predicted %2 repeat purchases from %3 to %4; there were %5.</source>
        <translation>Die Prognosen verwenden das Modell %1, das genauere der beiden getesteten Modelle: Es hat vom %3 bis %4 %2 Wiederholungskäufe vorhergesagt; getätigt wurden %5.</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/WorkspaceClv.cpp" line="344"/>
        <source>This purchase history shows no customer leaving for good yet, so every customer&apos;s chance of still being a customer is close to 100 %, however long ago they last bought: a long gap since a purchase is explained just as well by buying rarely.</source>
        <translation>Dieser Kaufverlauf zeigt noch keinen Kunden, der endgültig abgewandert ist, daher liegt die Wahrscheinlichkeit, noch Kunde zu sein, für jeden Kunden nahe 100 %, wie lange sein letzter Kauf auch zurückliegt: Eine lange Zeit seit einem Kauf erklärt sich ebenso gut dadurch, dass jemand selten kauft.</translation>
    </message>
</context>
<context>
    <name>storelens::core::analytics::explain</name>
    <message>
        <location filename="../core/analytics/explain/ExplainFigures.cpp" line="363"/>
        <source>No store</source>
        <translation>Keine Filiale</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/ExplainFigures.cpp" line="365"/>
        <source>No channel</source>
        <translation>Kein Kanal</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/ExplainFigures.cpp" line="369"/>
        <source>No category</source>
        <translation>Keine Kategorie</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/ExplainFigures.cpp" line="377"/>
        <source>No source</source>
        <translation>Keine Quelle</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/ExplainFigures.cpp" line="305"/>
        <location filename="../core/analytics/explain/ExplainFigures.cpp" line="371"/>
        <source>Guests</source>
        <translation>Gäste</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/ExplainFigures.cpp" line="305"/>
        <source>In no saved segment</source>
        <translation>In keinem gespeicherten Segment</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/ExplainFigures.cpp" line="372"/>
        <source>New customers</source>
        <translation>Neukunden</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/ExplainFigures.cpp" line="373"/>
        <source>Returning customers</source>
        <translation>Wiederkehrende Kunden</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="213"/>
        <source>Traffic covers only one of the two periods, so the bridge starts from orders instead of visitors and conversion.</source>
        <translation>Die Besucherfrequenz deckt nur einen der beiden Zeiträume ab, daher beginnt die Brücke bei den Bestellungen statt bei Besuchern und Konversion.</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="228"/>
        <source>visitors</source>
        <translation>Besucher</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="229"/>
        <source>conversion</source>
        <translation>Konversion</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="232"/>
        <source>orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="268"/>
        <source>sales after discounts</source>
        <translation>Umsatz nach Rabatten</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="272"/>
        <source>returns</source>
        <translation>Retouren</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="305"/>
        <source>There are too few days with data to tell this change from normal variation.</source>
        <translation>Es gibt zu wenige Tage mit Daten, um diese Veränderung von normaler Schwankung zu unterscheiden.</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="343"/>
        <source>The counts leave no variation to test (every or no one counts in both periods).</source>
        <translation>Die Zählungen lassen keine Schwankung zum Testen zu (in beiden Zeiträumen zählen alle oder niemand).</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="359"/>
        <source>%1 to %2 %</source>
        <translation>%1 bis %2 %</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="363"/>
        <source>The change is within normal variation: with this many people or events, chance alone could well explain it. This period&apos;s rate: %1 (95 % interval).</source>
        <translation>Die Veränderung liegt im Rahmen der normalen Schwankung: Bei so vielen Personen oder Ereignissen könnte der Zufall allein sie gut erklären. Quote dieses Zeitraums: %1 (95-%-Intervall).</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="366"/>
        <source>The change is beyond normal variation: with this many people or events, chance alone would seldom explain it. This period&apos;s rate: %1 (95 % interval).</source>
        <translation>Die Veränderung geht über die normale Schwankung hinaus: Bei so vielen Personen oder Ereignissen würde der Zufall allein sie kaum erklären. Quote dieses Zeitraums: %1 (95-%-Intervall).</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="395"/>
        <source>The retention formula also counts reactivated customers and can exceed 100 %, so it is not a share of people to test; kept customers carries the test.</source>
        <translation>Die Formel der Kundenbindung zählt auch reaktivierte Kunden und kann 100 % übersteigen; sie ist also kein testbarer Anteil von Personen. Der Test erfolgt bei den gehaltenen Kunden.</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="398"/>
        <source>%1 counts distinct customers, which do not add up day by day, so there is no test of normal variation.</source>
        <translation>%1 zählt verschiedene Kunden, die sich nicht Tag für Tag addieren lassen; daher gibt es keinen Test auf normale Schwankung.</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="406"/>
        <source>from zero</source>
        <translation>von null aus</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="495"/>
        <source>%1 rose by %2 (%3): %4; %5 contributed %6 of it.</source>
        <translation>%1 stieg um %2 (%3): %4; %6 davon entfielen auf %5.</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="496"/>
        <source>%1 fell by %2 (%3): %4; %5 contributed %6 of it.</source>
        <translation>%1 sank um %2 (%3): %4; %6 davon entfielen auf %5.</translation>
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
        <translation>%1 Pp.</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="239"/>
        <source>Every order holds one unit in both periods (a file with one row per order and no quantities counts one each), so the bridge splits into orders and average order value instead of items per order.</source>
        <translation>Jede Bestellung enthält in beiden Zeiträumen genau einen Artikel (eine Datei mit einer Zeile je Bestellung und ohne Mengen zählt je einen), daher teilt die Brücke in Bestellungen und Ø Bestellwert statt in Artikel pro Einkauf.</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="245"/>
        <source>average order value</source>
        <translation>Ø Bestellwert</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="250"/>
        <source>items per order</source>
        <translation>Artikel pro Einkauf</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="252"/>
        <source>average item price</source>
        <translation>Ø Verkaufspreis pro Artikel</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="266"/>
        <source>One of the periods has no sales, so the change cannot be split into orders, items per order and average item price.</source>
        <translation>Einer der Zeiträume hat keine Verkäufe, daher lässt sich die Veränderung nicht auf Bestellungen, Artikel pro Einkauf und durchschnittlichen Verkaufspreis pro Artikel aufteilen.</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="303"/>
        <source>The daily values do not vary in either period, so there is no variation to test the change against.</source>
        <translation>Die Tageswerte schwanken in keinem der beiden Zeiträume, daher gibt es keine Schwankung, an der sich die Veränderung prüfen ließe.</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="321"/>
        <source>The change is within normal variation: the ups and downs from day to day alone could well explain it.</source>
        <translation>Die Veränderung liegt im Rahmen der normalen Schwankung: Das übliche Auf und Ab von Tag zu Tag allein könnte sie gut erklären.</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="323"/>
        <source>The change is beyond normal variation: the ups and downs from day to day alone would seldom explain it.</source>
        <translation>Die Veränderung geht über die normale Schwankung hinaus: Das übliche Auf und Ab von Tag zu Tag allein würde sie kaum erklären.</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="325"/>
        <source>Welch&apos;s t-test on the daily values, %1</source>
        <translation>Welch-t-Test auf den Tageswerten, %1</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="327"/>
        <source>The change is within normal variation: the ups and downs from day to day alone could well explain it (Welch&apos;s t-test on the daily values, %1).</source>
        <translation>Die Veränderung liegt im Rahmen der normalen Schwankung: Das übliche Auf und Ab von Tag zu Tag allein könnte sie gut erklären (Welch-t-Test auf den Tageswerten, %1).</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="331"/>
        <source>The change is beyond normal variation: the ups and downs from day to day alone would seldom explain it (Welch&apos;s t-test on the daily values, %1).</source>
        <translation>Die Veränderung geht über die normale Schwankung hinaus: Das übliche Auf und Ab von Tag zu Tag allein würde sie kaum erklären (Welch-t-Test auf den Tageswerten, %1).</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="371"/>
        <source>two-proportion test, %1</source>
        <translation>Test auf zwei Anteile, %1</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="373"/>
        <source>The change is within normal variation: with this many people or events, chance alone could well explain it (two-proportion test, %1; the rate&apos;s 95 % interval is %2).</source>
        <translation>Die Veränderung liegt im Rahmen der normalen Schwankung: Bei so vielen Personen oder Ereignissen könnte der Zufall allein sie gut erklären (Test auf zwei Anteile, %1; 95-%-Intervall der Quote: %2).</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="377"/>
        <source>The change is beyond normal variation: with this many people or events, chance alone would seldom explain it (two-proportion test, %1; the rate&apos;s 95 % interval is %2).</source>
        <translation>Die Veränderung geht über die normale Schwankung hinaus: Bei so vielen Personen oder Ereignissen würde der Zufall allein sie kaum erklären (Test auf zwei Anteile, %1; 95-%-Intervall der Quote: %2).</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="476"/>
        <source>%1 from %2</source>
        <translation>%2 (%1)</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="479"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="480"/>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="489"/>
        <source>%1 did not change (%2 in both periods).</source>
        <translation>%1 hat sich nicht verändert (%2 in beiden Zeiträumen).</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="502"/>
        <source>%1 rose by %2 (%3); the largest part, %4, came from %5.</source>
        <translation>%1 stieg um %2 (%3); der größte Teil, %4, entfiel auf %5.</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="503"/>
        <source>%1 fell by %2 (%3); the largest part, %4, came from %5.</source>
        <translation>%1 sank um %2 (%3); der größte Teil, %4, entfiel auf %5.</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="508"/>
        <source>%1 rose by %2 (%3): %4.</source>
        <translation>%1 stieg um %2 (%3): %4.</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="508"/>
        <source>%1 fell by %2 (%3): %4.</source>
        <translation>%1 sank um %2 (%3): %4.</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="512"/>
        <source>%1 rose by %2 (%3).</source>
        <translation>%1 stieg um %2 (%3).</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="512"/>
        <source>%1 fell by %2 (%3).</source>
        <translation>%1 sank um %2 (%3).</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="525"/>
        <source>order %1</source>
        <translation>Bestellung %1</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="530"/>
        <source>%1 on %2 in the comparison period (%3)</source>
        <translation>%1 am %2 im Vergleichszeitraum (%3)</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="531"/>
        <source>%1 on %2 (%3)</source>
        <translation>%1 am %2 (%3)</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="537"/>
        <source>One order of %1 makes up %2 of it; without it the change would be %3.</source>
        <translation>Eine Bestellung über %1 macht %2 davon aus; ohne sie läge die Veränderung bei %3.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/analytics/explain/Explain.cpp" line="542"/>
        <source>%n large orders make up %1 of it, and without them the change would be %2: %3.</source>
        <translation>
            <numerusform>%n große Bestellung macht %1 davon aus, ohne sie läge die Veränderung bei %2: %3.</numerusform>
            <numerusform>%n große Bestellungen machen %1 davon aus, ohne sie läge die Veränderung bei %2: %3.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="553"/>
        <source>&quot;%1&quot; has no data after %2: %3 of this change comes from that source and its missing days.</source>
        <translation>„%1“ hat keine Daten nach dem %2: %3 dieser Veränderung entfallen auf diese Quelle und ihre fehlenden Tage.</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="629"/>
        <source>No comparison period was asked for.</source>
        <translation>Es wurde kein Vergleichszeitraum gewählt.</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="636"/>
        <source>The two periods cannot be compared.</source>
        <translation>Die beiden Zeiträume lassen sich nicht vergleichen.</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="639"/>
        <source>%1 has no value in the period: %2</source>
        <translation>%1 hat im Zeitraum keinen Wert: %2</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="642"/>
        <source>%1 has no value in the comparison period: %2</source>
        <translation>%1 hat im Vergleichszeitraum keinen Wert: %2</translation>
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
        <translation>%1 ist selbst eine Veränderung; erklären Sie stattdessen den Nettoumsatz im Vergleich zum Vorjahr.</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="688"/>
        <source>%1 divides by the staffing headcount, which has no split by channel, category or customer; explain net sales instead.</source>
        <translation>%1 teilt durch die Mitarbeiterzahl, die sich nicht nach Kanal, Kategorie oder Kunde aufteilen lässt; erklären Sie stattdessen den Nettoumsatz.</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="694"/>
        <source>%1 divides by inventory snapshots, which have no split by channel or customer; explain the cost of goods sold or the gross margin instead.</source>
        <translation>%1 teilt durch Lagerbestände, die sich nicht nach Kanal oder Kunde aufteilen lassen; erklären Sie stattdessen den Wareneinsatz oder den Rohertrag.</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="700"/>
        <source>%1 rests on marketing spend, which splits only by channel; explain new customers instead.</source>
        <translation>%1 beruht auf Marketingausgaben, die sich nur nach Kanal aufteilen lassen; erklären Sie stattdessen die Neukunden.</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="707"/>
        <source>%1 rests on whole customer histories and a model of lifespan, not on the period&apos;s sales alone, so its change has no parts that add up; explain net sales or kept customers instead.</source>
        <translation>%1 beruht auf der gesamten Kaufhistorie der Kunden und einem Modell ihrer Lebensdauer, nicht nur auf den Verkäufen des Zeitraums; seine Veränderung hat daher keine Teile, die sich aufaddieren. Erklären Sie stattdessen den Nettoumsatz oder die gehaltenen Kunden.</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="756"/>
        <location filename="../core/analytics/explain/Explain.cpp" line="767"/>
        <source>The computation was cancelled.</source>
        <translation>Die Berechnung wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/SourceGaps.cpp" line="44"/>
        <source>Not comparable: a source&apos;s data ends early, so the change is not judged against normal variation.</source>
        <translation>Nicht vergleichbar: Die Daten einer Quelle enden früh, daher wird die Veränderung nicht an der normalen Schwankung gemessen.</translation>
    </message>
</context>
<context>
    <name>storelens::core::csv::CsvReader</name>
    <message>
        <location filename="../core/csv/CsvReader.cpp" line="70"/>
        <source>The file cannot be opened: %1.</source>
        <translation>Die Datei kann nicht geöffnet werden: %1.</translation>
    </message>
    <message>
        <location filename="../core/csv/CsvReader.cpp" line="107"/>
        <source>The file cannot be read: %1.</source>
        <translation>Die Datei kann nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <location filename="../core/csv/CsvReader.cpp" line="134"/>
        <source>Reading the file was cancelled.</source>
        <translation>Das Lesen der Datei wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/csv/CsvReader.cpp" line="203"/>
        <source>A quoted field is not closed: the closing quote is missing before the end of the file.</source>
        <translation>Ein Feld in Anführungszeichen ist nicht geschlossen: Das schließende Anführungszeichen fehlt vor dem Dateiende.</translation>
    </message>
</context>
<context>
    <name>storelens::core::csv::Dialect</name>
    <message>
        <location filename="../core/csv/Dialect.cpp" line="379"/>
        <source>The file is a symbolic link that leads nowhere (or round in a loop).</source>
        <translation>Die Datei ist ein symbolischer Link, der ins Leere (oder im Kreis) führt.</translation>
    </message>
    <message>
        <location filename="../core/csv/Dialect.cpp" line="382"/>
        <source>The file does not exist.</source>
        <translation>Die Datei existiert nicht.</translation>
    </message>
    <message>
        <location filename="../core/csv/Dialect.cpp" line="384"/>
        <source>This is a folder, not a file.</source>
        <translation>Dies ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <location filename="../core/csv/Dialect.cpp" line="387"/>
        <source>This is not a regular file (a pipe, a device or a socket); StoreLens reads only files.</source>
        <translation>Dies ist keine reguläre Datei (sondern eine Pipe, ein Gerät oder ein Socket); StoreLens liest nur Dateien.</translation>
    </message>
    <message>
        <location filename="../core/csv/Dialect.cpp" line="399"/>
        <source>The file cannot be opened: %1.</source>
        <translation>Die Datei kann nicht geöffnet werden: %1.</translation>
    </message>
    <message>
        <location filename="../core/csv/Dialect.cpp" line="403"/>
        <location filename="../core/csv/Dialect.cpp" line="420"/>
        <source>The file cannot be read: %1.</source>
        <translation>Die Datei kann nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <location filename="../core/csv/Dialect.cpp" line="408"/>
        <source>The file is empty: it holds no header and no rows.</source>
        <translation>Die Datei ist leer: Sie enthält weder eine Kopfzeile noch Zeilen.</translation>
    </message>
</context>
<context>
    <name>storelens::core::csv::FieldParsers</name>
    <message>
        <location filename="../core/csv/NumberParsers.cpp" line="241"/>
        <source>The amount is empty.</source>
        <translation>Der Betrag ist leer.</translation>
    </message>
    <message>
        <location filename="../core/csv/NumberParsers.cpp" line="244"/>
        <source>&quot;%1&quot; is not an amount of money.</source>
        <translation>„%1“ ist kein Geldbetrag.</translation>
    </message>
    <message>
        <location filename="../core/csv/NumberParsers.cpp" line="248"/>
        <source>The amount &quot;%1&quot; is too large.</source>
        <translation>Der Betrag „%1“ ist zu groß.</translation>
    </message>
    <message>
        <location filename="../core/csv/NumberParsers.cpp" line="256"/>
        <source>The amount &quot;%1&quot; is too large: amounts must lie within ±99,999,999,999,999.9999.</source>
        <translation>Der Betrag „%1“ ist zu groß: Beträge müssen innerhalb von ±99.999.999.999.999,9999 liegen.</translation>
    </message>
    <message>
        <location filename="../core/csv/NumberParsers.cpp" line="271"/>
        <source>&quot;%1&quot; is not a rate (such as 0.2 or 20 %).</source>
        <translation>„%1“ ist kein Satz (etwa 0,2 oder 20 %).</translation>
    </message>
    <message>
        <location filename="../core/csv/NumberParsers.cpp" line="278"/>
        <location filename="../core/csv/NumberParsers.cpp" line="286"/>
        <source>The rate &quot;%1&quot; is not between 0 and 1 (0 % and 100 %).</source>
        <translation>Der Satz „%1“ liegt nicht zwischen 0 und 1 (0 % und 100 %).</translation>
    </message>
    <message>
        <location filename="../core/csv/NumberParsers.cpp" line="282"/>
        <source>The percentage &quot;%1&quot; is not between 0 and 100.</source>
        <translation>Der Prozentsatz „%1“ liegt nicht zwischen 0 und 100.</translation>
    </message>
    <message>
        <location filename="../core/csv/NumberParsers.cpp" line="297"/>
        <source>The quantity is empty.</source>
        <translation>Die Menge ist leer.</translation>
    </message>
    <message>
        <location filename="../core/csv/NumberParsers.cpp" line="299"/>
        <source>&quot;%1&quot; is not a quantity.</source>
        <translation>„%1“ ist keine Menge.</translation>
    </message>
    <message>
        <location filename="../core/csv/NumberParsers.cpp" line="303"/>
        <source>The quantity &quot;%1&quot; is too large.</source>
        <translation>Die Menge „%1“ ist zu groß.</translation>
    </message>
    <message>
        <location filename="../core/csv/NumberParsers.cpp" line="312"/>
        <source>The quantity &quot;%1&quot; has more than 3 decimal places.</source>
        <translation>Die Menge „%1“ hat mehr als 3 Nachkommastellen.</translation>
    </message>
    <message>
        <location filename="../core/csv/NumberParsers.cpp" line="315"/>
        <source>The quantity &quot;%1&quot; is too large: quantities must lie within ±999,999,999,999,999.999.</source>
        <translation>Die Menge „%1“ ist zu groß: Mengen müssen innerhalb von ±999.999.999.999.999,999 liegen.</translation>
    </message>
    <message>
        <location filename="../core/csv/NumberParsers.cpp" line="339"/>
        <source>The number is empty.</source>
        <translation>Die Zahl ist leer.</translation>
    </message>
    <message>
        <location filename="../core/csv/NumberParsers.cpp" line="343"/>
        <source>The number &quot;%1&quot; is too large.</source>
        <translation>Die Zahl „%1“ ist zu groß.</translation>
    </message>
    <message>
        <location filename="../core/csv/NumberParsers.cpp" line="346"/>
        <source>&quot;%1&quot; is not a whole number.</source>
        <translation>„%1“ ist keine ganze Zahl.</translation>
    </message>
    <message>
        <location filename="../core/csv/DateParsers.cpp" line="336"/>
        <source>The date is empty.</source>
        <translation>Das Datum ist leer.</translation>
    </message>
    <message>
        <location filename="../core/csv/DateParsers.cpp" line="343"/>
        <source>&quot;%1&quot; is not a date.</source>
        <translation>„%1“ ist kein Datum.</translation>
    </message>
    <message>
        <location filename="../core/csv/DateParsers.cpp" line="347"/>
        <source>&quot;%1&quot; is not a valid calendar date.</source>
        <translation>„%1“ ist kein gültiges Kalenderdatum.</translation>
    </message>
    <message>
        <location filename="../core/csv/DateParsers.cpp" line="350"/>
        <source>The date &quot;%1&quot; could be read day first or month first: choose the date order.</source>
        <translation>Das Datum „%1“ lässt sich mit Tag oder Monat zuerst lesen: Wählen Sie die Datumsreihenfolge.</translation>
    </message>
    <message>
        <location filename="../core/csv/DateParsers.cpp" line="355"/>
        <source>The date &quot;%1&quot; lies outside 1900-01-01 … 2100-12-31.</source>
        <translation>Das Datum „%1“ liegt außerhalb von 1900-01-01 … 2100-12-31.</translation>
    </message>
    <message>
        <location filename="../core/csv/DateParsers.cpp" line="362"/>
        <source>&quot;%1&quot; does not have a valid time of day.</source>
        <translation>„%1“ hat keine gültige Uhrzeit.</translation>
    </message>
</context>
<context>
    <name>storelens::core::csv::FileFormat</name>
    <message>
        <location filename="../core/csv/FileFormat.cpp" line="23"/>
        <source>This is a compressed file (%1), not a CSV file; unpack it first and import the CSV file inside.</source>
        <translation>Dies ist eine komprimierte Datei (%1), keine CSV-Datei; entpacken Sie sie zuerst und importieren Sie die darin enthaltene CSV-Datei.</translation>
    </message>
    <message>
        <location filename="../core/csv/FileFormat.cpp" line="31"/>
        <source>This is a spreadsheet workbook (%1), not a CSV file; save the sheet as CSV (UTF-8) in the spreadsheet program and import that file.</source>
        <translation>Dies ist eine Tabellenkalkulationsmappe (%1), keine CSV-Datei; speichern Sie das Blatt im Tabellenkalkulationsprogramm als CSV (UTF-8) und importieren Sie diese Datei.</translation>
    </message>
    <message>
        <location filename="../core/csv/FileFormat.cpp" line="68"/>
        <source>This is a PDF document, not a CSV file; export the data as CSV from the program that made it.</source>
        <translation>Dies ist ein PDF-Dokument, keine CSV-Datei; exportieren Sie die Daten als CSV aus dem Programm, das es erstellt hat.</translation>
    </message>
    <message>
        <location filename="../core/csv/FileFormat.cpp" line="74"/>
        <source>This is an SQLite database (perhaps a StoreLens workspace), not a CSV file; open a workspace with --workspace or File &gt; Open.</source>
        <translation>Dies ist eine SQLite-Datenbank (vielleicht ein StoreLens-Arbeitsbereich), keine CSV-Datei; öffnen Sie einen Arbeitsbereich mit --workspace oder Datei &gt; Öffnen.</translation>
    </message>
</context>
<context>
    <name>storelens::core::session::ReportResult</name>
    <message>
        <location filename="../core/session/SessionReport.cpp" line="28"/>
        <source>Same week last year</source>
        <translation>Gleiche Woche im Vorjahr</translation>
    </message>
    <message>
        <location filename="../core/session/SessionReport.cpp" line="28"/>
        <source>Previous week</source>
        <translation>Vorwoche</translation>
    </message>
    <message>
        <location filename="../core/session/SessionReport.cpp" line="30"/>
        <source>Same month last year</source>
        <translation>Gleicher Monat im Vorjahr</translation>
    </message>
    <message>
        <location filename="../core/session/SessionReport.cpp" line="30"/>
        <source>Previous month</source>
        <translation>Vormonat</translation>
    </message>
    <message>
        <location filename="../core/session/SessionReport.cpp" line="32"/>
        <source>Same quarter last year</source>
        <translation>Gleiches Quartal im Vorjahr</translation>
    </message>
    <message>
        <location filename="../core/session/SessionReport.cpp" line="32"/>
        <source>Previous quarter</source>
        <translation>Vorquartal</translation>
    </message>
    <message>
        <location filename="../core/session/SessionReport.cpp" line="66"/>
        <source>Same period last year</source>
        <translation>Gleicher Zeitraum im Vorjahr</translation>
    </message>
    <message>
        <location filename="../core/session/SessionReport.cpp" line="67"/>
        <source>Previous period</source>
        <translation>Vorheriger Zeitraum</translation>
    </message>
    <message>
        <location filename="../core/session/SessionReport.cpp" line="107"/>
        <source>This workspace holds no order lines yet, so there is nothing to report. Import orders (File › Import) and export the report again.</source>
        <translation>Dieser Arbeitsbereich enthält noch keine Bestellzeilen, es gibt also nichts zu berichten. Importieren Sie Bestellungen (Datei › Importieren) und exportieren Sie den Bericht erneut.</translation>
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
        <translation>Die Änderung konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>storelens::ui::BreakdownBarChart</name>
    <message>
        <location filename="../ui/charts/BreakdownBarChart.cpp" line="37"/>
        <source>%1 (no sales in the period)</source>
        <translation>%1 (keine Verkäufe im Zeitraum)</translation>
    </message>
    <message>
        <location filename="../ui/charts/BreakdownBarChart.cpp" line="67"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/charts/BreakdownBarChart.cpp" line="71"/>
        <source>%1 (%2 % of net sales)</source>
        <translation>%1 (%2 % des Nettoumsatzes)</translation>
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
        <translation>(keine)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboard/BreakdownLabels.cpp" line="76"/>
        <source>The %1 largest are shown; %n more with %2 of net sales.</source>
        <translation>
            <numerusform>Die %1 größten werden gezeigt; %n weiterer mit %2 Nettoumsatz.</numerusform>
            <numerusform>Die %1 größten werden gezeigt; %n weitere mit %2 Nettoumsatz.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>storelens::ui::BusyOverlay</name>
    <message>
        <location filename="../ui/common/BusyOverlay.cpp" line="21"/>
        <source>Updating…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <location filename="../ui/common/BusyOverlay.cpp" line="23"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>storelens::ui::CancelStatusOffer</name>
    <message>
        <location filename="../ui/importwizard/CancelStatusOffer.cpp" line="17"/>
        <location filename="../ui/importwizard/CancelStatusOffer.cpp" line="96"/>
        <source>Order statuses StoreLens does not know</source>
        <translation>Bestellstatus, die StoreLens nicht kennt</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CancelStatusOffer.cpp" line="26"/>
        <source>Their orders are counted as sales. Tick a status that means the order was cancelled or refunded: its orders then count as a sale and a return, and the import profile keeps the choice.</source>
        <translation>Ihre Bestellungen werden als Verkäufe gezählt. Kreuzen Sie einen Status an, der bedeutet, dass die Bestellung storniert oder erstattet wurde: Seine Bestellungen zählen dann als Verkauf und Retoure, und das Importprofil behält die Wahl.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CancelStatusOffer.cpp" line="37"/>
        <source>Checks the file again with the ticked statuses as cancellations.</source>
        <translation>Prüft die Datei erneut, mit den angekreuzten Status als Stornierungen.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CancelStatusOffer.cpp" line="39"/>
        <source>Checks the file again with the ticked statuses as not sold: their lines took no payment (a transfer still pending, an item voided) and are left out.</source>
        <translation>Prüft die Datei erneut, mit den angekreuzten Status als nicht verkauft: Für ihre Zeilen wurde nichts bezahlt (eine ausstehende Überweisung, ein stornierter Artikel), sie werden ausgelassen.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CancelStatusOffer.cpp" line="96"/>
        <source>Order statuses to check</source>
        <translation>Zu prüfende Bestellstatus</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CancelStatusOffer.cpp" line="122"/>
        <source>&quot;%1&quot;: counted as sold, then refunded</source>
        <translation>„%1“: als verkauft und dann erstattet gezählt</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CancelStatusOffer.cpp" line="125"/>
        <source>&quot;%1&quot;: left out (voided before payment)</source>
        <translation>„%1“: ausgelassen (vor der Zahlung storniert)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importwizard/CancelStatusOffer.cpp" line="134"/>
        <source>&quot;%1&quot;: counted as a cancellation (sold, then refunded), %Ln order(s)</source>
        <translation>
            <numerusform>„%1“: als Stornierung gezählt (verkauft, dann erstattet), %Ln Bestellung</numerusform>
            <numerusform>„%1“: als Stornierung gezählt (verkauft, dann erstattet), %Ln Bestellungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CancelStatusOffer.cpp" line="126"/>
        <source>&quot;%1&quot;: left out as unpaid</source>
        <translation>„%1“: als unbezahlt ausgelassen</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CancelStatusOffer.cpp" line="21"/>
        <source>&amp;Count Ticked as Sold, Then Refunded</source>
        <translation>Angekreuzte als verkauft, dann &amp;erstattet zählen</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CancelStatusOffer.cpp" line="22"/>
        <source>Leave Ticked Out (Never &amp;Paid)</source>
        <translation>Angekreuzte auslassen (nie &amp;bezahlt)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CancelStatusOffer.cpp" line="30"/>
        <source>A status that means the order was never paid (a bank transfer still pending) is left out instead: tick it and choose &quot;Leave Ticked Out (Never Paid)&quot;.</source>
        <translation>Ein Status, der bedeutet, dass die Bestellung nie bezahlt wurde (eine noch ausstehende Überweisung), wird stattdessen ausgelassen: Kreuzen Sie ihn an und wählen Sie „Angekreuzte auslassen (nie bezahlt)“.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CancelStatusOffer.cpp" line="101"/>
        <source>A status counted as a cancellation means the order was sold, then refunded: each of its lines counts as a sale and a return. If it means the item was voided before payment and never charged (a till&apos;s voided line), tick it and choose &quot;Leave Ticked Out (Never Paid)&quot;: its lines are left out, and the import profile keeps the choice.</source>
        <translation>Ein als Stornierung gezählter Status bedeutet, dass die Bestellung verkauft und dann erstattet wurde: Jede ihrer Zeilen zählt als Verkauf und als Rückgabe. Bedeutet er, dass der Artikel vor der Zahlung storniert und nie berechnet wurde (eine stornierte Zeile der Kasse), kreuzen Sie ihn an und wählen Sie „Angekreuzte auslassen (nie bezahlt)“: Seine Zeilen werden ausgelassen, und das Importprofil behält die Wahl.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CancelStatusOffer.cpp" line="107"/>
        <source>A till&apos;s voided line or receipt took no payment: it is left out of sales. If a status left out here means the sale was refunded, keep it ticked and choose &quot;Count Ticked as Sold, Then Refunded&quot;: each of its lines then counts as a sale and a return.</source>
        <translation>Eine an der Kasse stornierte Zeile oder ein stornierter Beleg wurde nicht bezahlt: sie zählt nicht zum Umsatz. Wenn ein hier ausgelassener Status bedeutet, dass der Verkauf erstattet wurde, lassen Sie ihn angekreuzt und wählen Sie „Angekreuzte als verkauft, dann erstattet zählen“: Jede seiner Zeilen zählt dann als Verkauf und als Retoure.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importwizard/CancelStatusOffer.cpp" line="130"/>
        <source>&quot;%1&quot;: %Ln order(s)</source>
        <translation>
            <numerusform>„%1“: %Ln Bestellung</numerusform>
            <numerusform>„%1“: %Ln Bestellungen</numerusform>
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
        <translation>&amp;Bild kopieren</translation>
    </message>
    <message>
        <location filename="../ui/charts/ChartActions.cpp" line="41"/>
        <source>Save as &amp;PNG…</source>
        <translation>Als &amp;PNG speichern…</translation>
    </message>
    <message>
        <location filename="../ui/charts/ChartActions.cpp" line="44"/>
        <source>Save as &amp;SVG…</source>
        <translation>Als &amp;SVG speichern…</translation>
    </message>
    <message>
        <location filename="../ui/charts/ChartActions.cpp" line="47"/>
        <source>Copy &amp;Data</source>
        <translation>&amp;Daten kopieren</translation>
    </message>
    <message>
        <location filename="../ui/charts/ChartActions.cpp" line="117"/>
        <source>chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <location filename="../ui/charts/ChartActions.cpp" line="118"/>
        <source>SVG images (*.svg)</source>
        <translation>SVG-Bilder (*.svg)</translation>
    </message>
    <message>
        <location filename="../ui/charts/ChartActions.cpp" line="119"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/charts/ChartActions.cpp" line="121"/>
        <location filename="../ui/charts/ChartActions.cpp" line="128"/>
        <source>Save Chart</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <location filename="../ui/charts/ChartActions.cpp" line="129"/>
        <source>The chart could not be saved as %1.</source>
        <translation>Das Diagramm konnte nicht als %1 gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../ui/charts/ChartView.cpp" line="179"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../ui/charts/ChartView.cpp" line="179"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
</context>
<context>
    <name>storelens::ui::CheckPage</name>
    <message>
        <location filename="../ui/importwizard/CheckPage.cpp" line="93"/>
        <source>&amp;Stop</source>
        <translation>&amp;Stopp</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPage.cpp" line="94"/>
        <source>Check &amp;Again</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPage.cpp" line="95"/>
        <source>Save &amp;Rejected Rows…</source>
        <translation>&amp;Abgelehnte Zeilen speichern…</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPage.cpp" line="105"/>
        <source>Check the whole file</source>
        <translation>Ganze Datei prüfen</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPage.cpp" line="106"/>
        <source>StoreLens reads every row as the import will, without changing the workspace.</source>
        <translation>StoreLens liest jede Zeile so, wie der Import es tun wird, ohne den Arbeitsbereich zu ändern.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPage.cpp" line="108"/>
        <location filename="../ui/importwizard/CheckPage.cpp" line="456"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPage.cpp" line="284"/>
        <source>Checking every row of %1…</source>
        <translation>Jede Zeile von %1 wird geprüft…</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPage.cpp" line="305"/>
        <source>&lt;span style=&quot;color:#b00020&quot;&gt;%1&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#b00020&quot;&gt;%1&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPage.cpp" line="326"/>
        <source>The check was stopped. Check again, or go back to change the settings.</source>
        <translation>Die Prüfung wurde gestoppt. Prüfen Sie erneut oder gehen Sie zurück, um die Einstellungen zu ändern.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPage.cpp" line="333"/>
        <source>The file could not be checked: %1 Go back to change the settings.</source>
        <translation>Die Datei konnte nicht geprüft werden: %1 Gehen Sie zurück, um die Einstellungen zu ändern.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPage.cpp" line="336"/>
        <source>no column is chosen for %1.</source>
        <translation>für %1 ist keine Spalte gewählt.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPageNotes.cpp" line="86"/>
        <source>&lt;span style=&quot;color:#b00020&quot;&gt;&lt;b&gt;Check the discounts:&lt;/b&gt; every discount in &quot;%1&quot; is below 1. If they are rates (0.2 = 20 %), go back and map the column as &quot;%2&quot;; as money, 0.2 is subtracted as 0.20.&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#b00020&quot;&gt;&lt;b&gt;Prüfen Sie die Rabatte:&lt;/b&gt; Jeder Rabatt in „%1“ ist kleiner als 1. Wenn es Sätze sind (0,2 = 20 %), gehen Sie zurück und ordnen Sie die Spalte als „%2“ zu; als Geldbetrag wird 0,2 als 0,20 abgezogen.&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPageNotes.cpp" line="114"/>
        <source>&lt;span style=&quot;color:#b00020&quot;&gt;&lt;b&gt;Check the discounts:&lt;/b&gt; in each of the %1 orders of several lines with a discount (such as order %2), only the first line carries a discount in &quot;%3&quot;. If it is the order&apos;s discount, given once per order, go back and map the column as &quot;%4&quot;: it is then spread over the order&apos;s lines.&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#b00020&quot;&gt;&lt;b&gt;Rabatte prüfen:&lt;/b&gt; In jeder der %1 rabattierten Bestellungen mit mehreren Zeilen (etwa Bestellung %2) trägt nur die erste Zeile einen Rabatt in „%3“. Wenn es der Rabatt der Bestellung ist, einmal pro Bestellung angegeben, gehen Sie zurück und ordnen Sie die Spalte als „%4“ zu: Er wird dann auf die Zeilen der Bestellung verteilt.&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPageNotes.cpp" line="137"/>
        <source>Order-level money (%1) is spread over each order&apos;s lines: order discounts %2, shipping %3.</source>
        <translation>Beträge auf Bestellebene (%1) werden auf die Zeilen jeder Bestellung verteilt: Bestellrabatte %2, Versand %3.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPageNotes.cpp" line="134"/>
        <source>Order-level money (%1) is left out.</source>
        <translation>Beträge auf Bestellebene (%1) werden nicht berücksichtigt.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPage.cpp" line="137"/>
        <source>The file writes no currency and the computer names none. &amp;Currency of the amounts:</source>
        <translation>Die Datei nennt keine Währung, und der Computer auch nicht. &amp;Währung der Beträge:</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPage.cpp" line="146"/>
        <source>None (plain numbers)</source>
        <translation>Keine (reine Zahlen)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPage.cpp" line="149"/>
        <source>Money is shown with this currency on every screen and in the report; File › Workspace Settings changes it later.</source>
        <translation>Beträge werden auf jeder Ansicht und im Bericht mit dieser Währung gezeigt; Datei › Arbeitsbereich-Einstellungen ändert sie später.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importwizard/CheckPageNotes.cpp" line="33"/>
        <source>&lt;span style=&quot;color:#b00020&quot;&gt;&lt;b&gt;Check the line totals:&lt;/b&gt; %1 is read as before the line discount, but on %n discounted row(s) of the file it is the amount after the discount (such as %2): each discount would be taken off twice. Go back and choose &quot;after the line discount&quot;.&lt;/span&gt;</source>
        <translation>
            <numerusform>&lt;span style=&quot;color:#b00020&quot;&gt;&lt;b&gt;Zeilensummen prüfen:&lt;/b&gt; %1 wird als Betrag vor dem Zeilenrabatt gelesen, aber in %n rabattierten Zeile der Datei ist es der Betrag nach dem Rabatt (zum Beispiel %2): Jeder Rabatt würde zweimal abgezogen. Gehen Sie zurück und wählen Sie „nach dem Zeilenrabatt“.&lt;/span&gt;</numerusform>
            <numerusform>&lt;span style=&quot;color:#b00020&quot;&gt;&lt;b&gt;Zeilensummen prüfen:&lt;/b&gt; %1 wird als Betrag vor dem Zeilenrabatt gelesen, aber in %n rabattierten Zeilen der Datei ist es der Betrag nach dem Rabatt (zum Beispiel %2): Jeder Rabatt würde zweimal abgezogen. Gehen Sie zurück und wählen Sie „nach dem Zeilenrabatt“.&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importwizard/CheckPageNotes.cpp" line="39"/>
        <source>&lt;span style=&quot;color:#b00020&quot;&gt;&lt;b&gt;Check the line totals:&lt;/b&gt; %1 is read as after the line discount, but on %n discounted row(s) of the file it is the amount before the discount (such as %2): each discount would stay in net sales. Go back and choose &quot;before the line discount&quot;.&lt;/span&gt;</source>
        <translation>
            <numerusform>&lt;span style=&quot;color:#b00020&quot;&gt;&lt;b&gt;Zeilensummen prüfen:&lt;/b&gt; %1 wird als Betrag nach dem Zeilenrabatt gelesen, aber in %n rabattierten Zeile der Datei ist es der Betrag vor dem Rabatt (zum Beispiel %2): Jeder Rabatt bliebe im Nettoumsatz. Gehen Sie zurück und wählen Sie „vor dem Zeilenrabatt“.&lt;/span&gt;</numerusform>
            <numerusform>&lt;span style=&quot;color:#b00020&quot;&gt;&lt;b&gt;Zeilensummen prüfen:&lt;/b&gt; %1 wird als Betrag nach dem Zeilenrabatt gelesen, aber in %n rabattierten Zeilen der Datei ist es der Betrag vor dem Rabatt (zum Beispiel %2): Jeder Rabatt bliebe im Nettoumsatz. Gehen Sie zurück und wählen Sie „vor dem Zeilenrabatt“.&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPageNotes.cpp" line="63"/>
        <source>The order discounts (%1) include their lines&apos; discounts (%2): %3 of them is on the lines already and counts once.</source>
        <translation>Die Bestellrabatte (%1) enthalten die Rabatte ihrer Zeilen (%2): %3 davon stehen schon auf den Zeilen und zählen einmal.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importwizard/CheckPageNotes.cpp" line="69"/>
        <source>&lt;span style=&quot;color:#b00020&quot;&gt;&lt;b&gt;Check the discounts:&lt;/b&gt; in %n order(s) (such as order %1) the lines&apos; discounts (%2) are more than the order&apos;s discount (%3); the lines&apos; discounts count.&lt;/span&gt;</source>
        <translation>
            <numerusform>&lt;span style=&quot;color:#b00020&quot;&gt;&lt;b&gt;Rabatte prüfen:&lt;/b&gt; In %n Bestellung (etwa Bestellung %1) sind die Rabatte der Zeilen (%2) höher als der Rabatt der Bestellung (%3); die Rabatte der Zeilen zählen.&lt;/span&gt;</numerusform>
            <numerusform>&lt;span style=&quot;color:#b00020&quot;&gt;&lt;b&gt;Rabatte prüfen:&lt;/b&gt; In %n Bestellungen (etwa Bestellung %1) sind die Rabatte der Zeilen (%2) höher als der Rabatt der Bestellung (%3); die Rabatte der Zeilen zählen.&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importwizard/CheckPageNotes.cpp" line="94"/>
        <source>&lt;span style=&quot;color:#b00020&quot;&gt;&lt;b&gt;Check the discounts:&lt;/b&gt; on %n line(s) the discount in &quot;%1&quot; is larger than the line itself. If the column holds percentages (20 = 20 %), go back and map it as &quot;%2&quot;.&lt;/span&gt;</source>
        <translation>
            <numerusform>&lt;span style=&quot;color:#b00020&quot;&gt;&lt;b&gt;Rabatte prüfen:&lt;/b&gt; Auf %n Zeile ist der Rabatt in „%1“ größer als die Zeile selbst. Enthält die Spalte Prozente (20 = 20 %), gehen Sie zurück und ordnen Sie sie als „%2“ zu.&lt;/span&gt;</numerusform>
            <numerusform>&lt;span style=&quot;color:#b00020&quot;&gt;&lt;b&gt;Rabatte prüfen:&lt;/b&gt; Auf %n Zeilen ist der Rabatt in „%1“ größer als die Zeile selbst. Enthält die Spalte Prozente (20 = 20 %), gehen Sie zurück und ordnen Sie sie als „%2“ zu.&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPageNotes.cpp" line="102"/>
        <source>&lt;span style=&quot;color:#b00020&quot;&gt;&lt;b&gt;Check the discounts:&lt;/b&gt; in each of the %1 orders of several lines with a discount (such as order %2), every line carries the same discount in &quot;%3&quot;. If it is the order&apos;s discount repeated on each line, go back and map the column as &quot;%4&quot;; as a line discount, it is counted %5 too often.&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#b00020&quot;&gt;&lt;b&gt;Rabatte prüfen:&lt;/b&gt; In jeder der %1 rabattierten Bestellungen mit mehreren Zeilen (etwa Bestellung %2) trägt jede Zeile denselben Rabatt in „%3“. Wenn es der auf jeder Zeile wiederholte Bestellrabatt ist, gehen Sie zurück und ordnen Sie die Spalte als „%4“ zu; als Zeilenrabatt wird er um %5 zu oft gezählt.&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPageNotes.cpp" line="143"/>
        <source>Order discounts (%1) are spread over each order&apos;s lines: %2.</source>
        <translation>Bestellrabatte (%1) werden auf die Zeilen jeder Bestellung verteilt: %2.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPageNotes.cpp" line="147"/>
        <source>Shipping (%1) is spread over each order&apos;s lines: %2.</source>
        <translation>Versandkosten (%1) werden auf die Zeilen jeder Bestellung verteilt: %2.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPageNotes.cpp" line="151"/>
        <source>Shipping (%1) is left out: %2; shipping is not sales.</source>
        <translation>Versand (%1) bleibt außen vor: %2; Versand ist kein Umsatz.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPageNotes.cpp" line="161"/>
        <source>Shipping (%1) is left out: shipping is not sales.</source>
        <translation>Versandkosten (%1) werden ausgelassen: Versandkosten sind kein Umsatz.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPageNotes.cpp" line="174"/>
        <source>The file has no channel column: every line is counted in the channel &quot;%1&quot;.</source>
        <translation>Die Datei hat keine Kanalspalte: Jede Zeile wird im Kanal „%1“ gezählt.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPageNotes.cpp" line="186"/>
        <source>The file has no store column: every line is counted in the store &quot;%1&quot;.</source>
        <translation>Die Datei hat keine Filialspalte: Jede Zeile wird in der Filiale „%1“ gezählt.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPageNotes.cpp" line="194"/>
        <source>Refunds (%1): none beyond the orders whose status already makes them returns.</source>
        <translation>Erstattungen (%1): keine über die Bestellungen hinaus, die ihr Status schon zu Retouren macht.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPageNotes.cpp" line="199"/>
        <source>Refunds (%1) are counted as returns: %2, of 1 order whose status does not say refunded.</source>
        <translation>Erstattungen (%1) werden als Retouren gezählt: %2, aus 1 Bestellung, deren Status nicht „erstattet“ lautet.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPageNotes.cpp" line="202"/>
        <source>Refunds (%1) are counted as returns: %2, of %3 orders whose status does not say refunded.</source>
        <translation>Erstattungen (%1) werden als Retouren gezählt: %2, aus %3 Bestellungen, deren Status nicht „erstattet“ lautet.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPageNotes.cpp" line="208"/>
        <source>%1 of refunds beyond their orders&apos; sales is left out: it refunded tax or shipping, which are not sales.</source>
        <translation>%1 an Erstattungen über den Umsatz ihrer Bestellungen hinaus wird ausgelassen: Damit wurden Steuern oder Versand erstattet, die kein Umsatz sind.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPageNotes.cpp" line="213"/>
        <source>%1 lines have no price: orders, units and customers count, money figures say &quot;no prices imported&quot; for them.</source>
        <translation>%1 Zeilen haben keinen Preis: Bestellungen, Artikel und Kunden zählen, Geldbeträge zeigen für sie „keine Preise importiert“.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPage.cpp" line="359"/>
        <source>&lt;b&gt;%1 of %2 rows can be imported&lt;/b&gt; as %3 order lines (each item a row lists is a line; a refunded item is a sale and a return): %4 new, %5 already in the workspace (%6 of them with changes).</source>
        <translation>&lt;b&gt;%1 von %2 Zeilen können importiert werden&lt;/b&gt; als %3 Bestellzeilen (jeder Artikel, den eine Zeile nennt, ist eine Bestellzeile; ein erstatteter Artikel ist ein Verkauf und eine Retoure): %4 neu, %5 schon im Arbeitsbereich (%6 davon mit Änderungen).</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPage.cpp" line="366"/>
        <source>&lt;b&gt;%1 of %2 rows can be imported&lt;/b&gt; as %3 order lines (a refunded row is a sale and a return): %4 new, %5 already in the workspace (%6 of them with changes).</source>
        <translation>&lt;b&gt;%1 von %2 Zeilen können importiert werden&lt;/b&gt;, als %3 Bestellzeilen (eine erstattete Zeile ist ein Verkauf und eine Retoure): %4 neu, %5 bereits im Arbeitsbereich (%6 davon mit Änderungen).</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPage.cpp" line="372"/>
        <source>&lt;b&gt;%1 of %2 rows can be imported&lt;/b&gt; as order lines: %3 new, %4 already in the workspace (%5 of them with changes).</source>
        <translation>&lt;b&gt;%1 von %2 Zeilen können importiert werden&lt;/b&gt; als Bestellzeilen: %3 neu, %4 schon im Arbeitsbereich (%5 davon mit Änderungen).</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPage.cpp" line="378"/>
        <source>&lt;b&gt;%1 of %2 rows can be imported&lt;/b&gt;: %3 new, %4 already in the workspace (%5 of them with changes).</source>
        <translation>&lt;b&gt;%1 von %2 Zeilen können importiert werden&lt;/b&gt;: %3 neu, %4 bereits im Arbeitsbereich (%5 davon mit Änderungen).</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importwizard/CheckPage.cpp" line="390"/>
        <source>They make %1 order(s).</source>
        <translation>
            <numerusform>Sie ergeben %1 Bestellung.</numerusform>
            <numerusform>Sie ergeben %1 Bestellungen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPage.cpp" line="396"/>
        <source>&lt;b&gt;1 row is rejected&lt;/b&gt; and will be left out; it is listed below with the reason. Save it to fix it in the file, or Cancel to import nothing.</source>
        <translation>&lt;b&gt;1 Zeile wird abgelehnt&lt;/b&gt; und ausgelassen; sie ist unten mit dem Grund aufgeführt. Speichern Sie sie, um sie in der Datei zu korrigieren, oder wählen Sie „Abbrechen“, um nichts zu importieren.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPage.cpp" line="398"/>
        <source>&lt;b&gt;%1 rows are rejected&lt;/b&gt; and will be left out; they are listed below with the reason. Save them to fix them in the file, or Cancel to import nothing.</source>
        <translation>&lt;b&gt;%1 Zeilen werden abgelehnt&lt;/b&gt; und ausgelassen; sie sind unten mit dem Grund aufgeführt. Speichern Sie sie, um sie in der Datei zu korrigieren, oder wählen Sie „Abbrechen“, um nichts zu importieren.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPage.cpp" line="403"/>
        <source>The list shows the first %1.</source>
        <translation>Die Liste zeigt die ersten %1.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPage.cpp" line="406"/>
        <source>Nothing can be imported: go back and check the columns.</source>
        <translation>Nichts kann importiert werden: Gehen Sie zurück und prüfen Sie die Spalten.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPage.cpp" line="456"/>
        <source>&amp;Import the Good Rows</source>
        <translation>Gültige Zeilen &amp;importieren</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPage.cpp" line="463"/>
        <source>Order lines of the source &quot;%1&quot;: %2 added (%3), %4 unchanged (%5).</source>
        <translation>Bestellzeilen der Quelle „%1“: %2 hinzugefügt (%3), %4 unverändert (%5).</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPage.cpp" line="468"/>
        <source>%1 changed: %2 before, %3 after.</source>
        <translation>%1 geändert: %2 vorher, %3 nachher.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importwizard/CheckPage.cpp" line="474"/>
        <source>%n order(s) already in the workspace have new refunds or cancellations (%1): each refund becomes a return, dated on the refund date the file gives or else on the order&apos;s day, so the months of those orders change.</source>
        <translation>
            <numerusform>%n Bestellung, die schon im Arbeitsbereich ist, hat eine neue Erstattung oder Stornierung (%1): Jede Erstattung wird zu einer Rückgabe, datiert auf das Erstattungsdatum aus der Datei oder sonst auf den Tag der Bestellung; die Monate dieser Bestellung ändern sich.</numerusform>
            <numerusform>%n Bestellungen, die schon im Arbeitsbereich sind, haben neue Erstattungen oder Stornierungen (%1): Jede Erstattung wird zu einer Rückgabe, datiert auf das Erstattungsdatum aus der Datei oder sonst auf den Tag der Bestellung; die Monate dieser Bestellungen ändern sich.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPage.cpp" line="499"/>
        <source>&lt;b&gt;Lines of &quot;%1&quot; from %2 to %3 that are not in this file: %4 (%5).&lt;/b&gt; If the file is a new export of those days, they were deleted or corrected where it comes from: tick Replace to remove them. Unticked, they are kept and no line is removed.</source>
        <translation>&lt;b&gt;Zeilen von „%1“ vom %2 bis %3, die nicht in dieser Datei sind: %4 (%5).&lt;/b&gt; Wenn die Datei ein neuer Export dieser Tage ist, wurden sie im Ursprungssystem gelöscht oder korrigiert: Aktivieren Sie Ersetzen, um sie zu entfernen. Ohne Häkchen werden sie behalten und keine Zeile wird entfernt.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPage.cpp" line="506"/>
        <source>&amp;Replace: this file is the truth for %1 from %2 to %3; remove the lines it no longer holds (%4, %5)</source>
        <translation>&amp;Ersetzen: Diese Datei ist maßgeblich für %1 vom %2 bis %3; die Zeilen entfernen, die sie nicht mehr enthält (%4, %5)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPage.cpp" line="541"/>
        <source>What the file holds</source>
        <translation>Was die Datei enthält</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPage.cpp" line="713"/>
        <source>%1 - rejected rows.csv</source>
        <translation>%1 - abgelehnte Zeilen.csv</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPage.cpp" line="715"/>
        <location filename="../ui/importwizard/CheckPage.cpp" line="724"/>
        <source>Save Rejected Rows</source>
        <translation>Abgelehnte Zeilen speichern</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPage.cpp" line="715"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPage.cpp" line="723"/>
        <source>Saved to %1</source>
        <translation>Gespeichert unter %1</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPage.cpp" line="725"/>
        <source>%1 rejected rows were saved.</source>
        <translation>%1 abgelehnte Zeilen wurden gespeichert.</translation>
    </message>
</context>
<context>
    <name>storelens::ui::ClvTrackingChart</name>
    <message>
        <location filename="../ui/charts/ClvTrackingChart.cpp" line="25"/>
        <source>Repeat purchases per month: actual, expected and expected in the coming months</source>
        <translation>Wiederholungskäufe pro Monat: tatsächlich, erwartet und erwartet in den kommenden Monaten</translation>
    </message>
    <message>
        <location filename="../ui/charts/ClvTrackingChart.cpp" line="27"/>
        <source>Month ending</source>
        <translation>Monatsende</translation>
    </message>
    <message>
        <location filename="../ui/charts/ClvTrackingChart.cpp" line="41"/>
        <source>Repeat purchases per month</source>
        <translation>Wiederholungskäufe pro Monat</translation>
    </message>
    <message>
        <location filename="../ui/charts/ClvTrackingChart.cpp" line="43"/>
        <source>Actual</source>
        <translation>Tatsächlich</translation>
    </message>
    <message>
        <location filename="../ui/charts/ClvTrackingChart.cpp" line="45"/>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <location filename="../ui/charts/ClvTrackingChart.cpp" line="47"/>
        <source>Expected in the coming months</source>
        <translation>Künftig erwartet</translation>
    </message>
    <message>
        <location filename="../ui/charts/ClvTrackingChart.cpp" line="86"/>
        <source>Data used up to here</source>
        <translation>Daten bis hier verwendet</translation>
    </message>
</context>
<context>
    <name>storelens::ui::CohortCurveChart</name>
    <message>
        <location filename="../ui/charts/CohortCurveChart.cpp" line="50"/>
        <location filename="../ui/charts/CohortCurveChart.cpp" line="88"/>
        <source>Cumulative revenue per customer</source>
        <translation>Kumulierter Umsatz pro Kunde</translation>
    </message>
    <message>
        <location filename="../ui/charts/CohortCurveChart.cpp" line="85"/>
        <source>Cumulative revenue per customer: the latest %1 of %2 cohorts</source>
        <translation>Kumulierter Umsatz pro Kunde: die letzten %1 von %2 Kohorten</translation>
    </message>
    <message>
        <location filename="../ui/charts/CohortCurveChart.cpp" line="47"/>
        <source>Cumulative revenue per customer by cohort</source>
        <translation>Kumulierter Umsatz pro Kunde nach Kohorte</translation>
    </message>
</context>
<context>
    <name>storelens::ui::CohortHeatmapModel</name>
    <message>
        <location filename="../ui/cohorts/CohortHeatmapModel.cpp" line="82"/>
        <source>no prices</source>
        <translation>keine Preise</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortHeatmapModel.cpp" line="100"/>
        <source>Customer retention</source>
        <translation>Kundenbindung</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortHeatmapModel.cpp" line="102"/>
        <source>Revenue per customer</source>
        <translation>Umsatz pro Kunde</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortHeatmapModel.cpp" line="104"/>
        <source>Cumulative revenue per customer</source>
        <translation>Kumulierter Umsatz pro Kunde</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortHeatmapModel.cpp" line="108"/>
        <source>Orders per customer</source>
        <translation>Bestellungen pro Kunde</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortHeatmapModel.cpp" line="144"/>
        <source>week %1</source>
        <translation>Woche %1</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortHeatmapModel.cpp" line="146"/>
        <source>month %1</source>
        <translation>Monat %1</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortHeatmapModel.cpp" line="150"/>
        <source>quarter %1</source>
        <translation>Quartal %1</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortHeatmapModel.cpp" line="156"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortHeatmapModel.cpp" line="186"/>
        <source>Cohort %1: all customers</source>
        <translation>Kohorte %1: alle Kunden</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortHeatmapModel.cpp" line="190"/>
        <source>Cohort %1, week %2: customers who bought</source>
        <translation>Kohorte %1, Woche %2: Kunden, die gekauft haben</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortHeatmapModel.cpp" line="192"/>
        <source>Cohort %1, month %2: customers who bought</source>
        <translation>Kohorte %1, Monat %2: Kunden, die gekauft haben</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortHeatmapModel.cpp" line="196"/>
        <source>Cohort %1, quarter %2: customers who bought</source>
        <translation>Kohorte %1, Quartal %2: Kunden, die gekauft haben</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/cohorts/CohortHeatmapModel.cpp" line="204"/>
        <source>Cohort %1 (%2): %Ln customer(s)</source>
        <translation>
            <numerusform>Kohorte %1 (%2): %Ln Kunde</numerusform>
            <numerusform>Kohorte %1 (%2): %Ln Kunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/cohorts/CohortHeatmapModel.cpp" line="234"/>
        <source>%1, leaving out %Ln line(s) without prices</source>
        <translation>
            <numerusform>%1, ohne %Ln Zeile ohne Preise</numerusform>
            <numerusform>%1, ohne %Ln Zeilen ohne Preise</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/cohorts/CohortHeatmapModel.cpp" line="241"/>
        <source>Orders per customer: %1 (%Ln order(s))</source>
        <translation>
            <numerusform>Bestellungen pro Kunde: %1 (%Ln Bestellung)</numerusform>
            <numerusform>Bestellungen pro Kunde: %1 (%Ln Bestellungen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/cohorts/CohortHeatmapModel.cpp" line="244"/>
        <source>Click or press Enter to list the cohort&apos;s %Ln customer(s).</source>
        <translation>
            <numerusform>Klicken oder Eingabetaste drücken, um den %Ln Kunden der Kohorte aufzulisten.</numerusform>
            <numerusform>Klicken oder Eingabetaste drücken, um die %Ln Kunden der Kohorte aufzulisten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/cohorts/CohortHeatmapModel.cpp" line="245"/>
        <source>Click or press Enter to list these %Ln customer(s).</source>
        <translation>
            <numerusform>Klicken oder Eingabetaste drücken, um diesen %Ln Kunden aufzulisten.</numerusform>
            <numerusform>Klicken oder Eingabetaste drücken, um diese %Ln Kunden aufzulisten.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortHeatmapModel.cpp" line="207"/>
        <source>Customers whose first purchase falls in this period.</source>
        <translation>Kunden, deren erster Kauf in diesen Zeitraum fällt.</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortHeatmapModel.cpp" line="208"/>
        <source>Click or press Enter to list them.</source>
        <translation>Klicken oder Eingabetaste drücken, um sie aufzulisten.</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortHeatmapModel.cpp" line="212"/>
        <source>Age: %1 (%2)</source>
        <translation>Alter: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortHeatmapModel.cpp" line="214"/>
        <source>This period is after the last day with data: no value yet.</source>
        <translation>Dieser Zeitraum liegt nach dem letzten Tag mit Daten: noch kein Wert.</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortHeatmapModel.cpp" line="218"/>
        <source>To date: the period is not over yet (data up to %1).</source>
        <translation>Bis heute: Der Zeitraum ist noch nicht vorbei (Daten bis %1).</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortHeatmapModel.cpp" line="229"/>
        <source>no prices imported</source>
        <translation>keine Preise importiert</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortHeatmapModel.cpp" line="230"/>
        <source>%1 (net sales %2)</source>
        <translation>%1 (Nettoumsatz %2)</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortHeatmapModel.cpp" line="239"/>
        <source>Revenue per customer: %1</source>
        <translation>Umsatz pro Kunde: %1</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortHeatmapModel.cpp" line="240"/>
        <source>Cumulative revenue per customer: %1</source>
        <translation>Kumulierter Umsatz pro Kunde: %1</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortHeatmapModel.cpp" line="223"/>
        <source>Customer retention: %1 (%2 of %3 customers bought)</source>
        <translation>Kundenbindung: %1 (%2 von %3 Kunden haben gekauft)</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortHeatmapModel.cpp" line="321"/>
        <source>%1 (to date)</source>
        <translation>%1 (bis heute)</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortHeatmapModel.cpp" line="323"/>
        <source>Cohort %1: customers whose first purchase falls in %2</source>
        <translation>Kohorte %1: Kunden, deren erster Kauf in %2 fällt</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortHeatmapModel.cpp" line="330"/>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortHeatmapModel.cpp" line="339"/>
        <source>Cohort size: customers whose first purchase falls in the cohort&apos;s period</source>
        <translation>Kohortengröße: Kunden, deren erster Kauf in den Zeitraum der Kohorte fällt</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortHeatmapModel.cpp" line="340"/>
        <source>Age %1: periods since the cohort&apos;s first period (0 is that period itself)</source>
        <translation>Alter %1: Zeiträume seit dem ersten Zeitraum der Kohorte (0 ist dieser Zeitraum selbst)</translation>
    </message>
</context>
<context>
    <name>storelens::ui::CohortHeatmapView</name>
    <message>
        <location filename="../ui/cohorts/CohortHeatmapView.cpp" line="36"/>
        <source>Cohort heatmap</source>
        <translation>Kohorten-Heatmap</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortHeatmapView.cpp" line="37"/>
        <source>cohorts</source>
        <translation>Kohorten</translation>
    </message>
</context>
<context>
    <name>storelens::ui::CohortLabels</name>
    <message>
        <location filename="../ui/cohorts/CohortLabels.cpp" line="27"/>
        <source>week of %1</source>
        <comment>a week cohort: the Monday it starts on</comment>
        <translation>Woche ab %1</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortLabels.cpp" line="34"/>
        <source>Q%1 %2</source>
        <comment>a quarter cohort: quarter and year</comment>
        <translation>Q%1 %2</translation>
    </message>
</context>
<context>
    <name>storelens::ui::CohortLegend</name>
    <message>
        <location filename="../ui/cohorts/CohortLegend.cpp" line="61"/>
        <source>%1: every cell is %2, so the colours do not vary.</source>
        <translation>%1: Jede Zelle ist %2, daher ändern sich die Farben nicht.</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortLegend.cpp" line="62"/>
        <source>%1: the colour runs from %2 (palest) to %3 or more (strongest).</source>
        <translation>%1: Die Farbe reicht von %2 (am hellsten) bis %3 oder mehr (am kräftigsten).</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortLegend.cpp" line="66"/>
        <source>Hatched cells with a dashed outline are figures to date: their period is not over yet.</source>
        <translation>Schraffierte Zellen mit gestricheltem Rand zeigen Zahlen bis heute, denn ihr Zeitraum ist noch nicht vorbei.</translation>
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
        <translation>Bis heute (der Zeitraum ist noch nicht vorbei)</translation>
    </message>
</context>
<context>
    <name>storelens::ui::CohortsView</name>
    <message>
        <location filename="../ui/cohorts/CohortsView.cpp" line="63"/>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortsView.cpp" line="64"/>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortsView.cpp" line="65"/>
        <source>Quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortsView.cpp" line="70"/>
        <source>&amp;Metric:</source>
        <translation>&amp;Kennzahl:</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortsView.cpp" line="72"/>
        <source>Cohorts &amp;by:</source>
        <translation>Kohorten &amp;nach:</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortsView.cpp" line="111"/>
        <location filename="../ui/cohorts/CohortsView.cpp" line="171"/>
        <source>Open a workspace to see how customers come back: import orders or open the sample store from the File menu.</source>
        <translation>Öffnen Sie einen Arbeitsbereich, um zu sehen, wie Kunden wiederkommen: Importieren Sie Bestellungen oder öffnen Sie das Beispielgeschäft über das Menü „Datei“.</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortsView.cpp" line="186"/>
        <source>The cohorts could not be computed: %1</source>
        <translation>Die Kohorten konnten nicht berechnet werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortsView.cpp" line="217"/>
        <source>No orders yet: import orders (File, Import) or open the sample store to see cohorts.</source>
        <translation>Noch keine Bestellungen: Importieren Sie Bestellungen (Datei, Importieren) oder öffnen Sie das Beispielgeschäft, um Kohorten zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortsView.cpp" line="228"/>
        <source>No customer made a first purchase in the selected date range with these filters. Widen the date range or clear a filter.</source>
        <translation>Kein Kunde hat mit diesen Filtern im gewählten Datumsbereich zum ersten Mal gekauft. Erweitern Sie den Datumsbereich oder entfernen Sie einen Filter.</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortsView.cpp" line="266"/>
        <source>Age in weeks</source>
        <translation>Alter in Wochen</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortsView.cpp" line="269"/>
        <source>Age in months</source>
        <translation>Alter in Monaten</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortsView.cpp" line="272"/>
        <source>Age in quarters</source>
        <translation>Alter in Quartalen</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortsView.cpp" line="278"/>
        <source>Net sales per customer</source>
        <translation>Nettoumsatz pro Kunde</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortsView.cpp" line="279"/>
        <source>Net sales per customer (%1)</source>
        <translation>Nettoumsatz pro Kunde (%1)</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortsView.cpp" line="288"/>
        <source>Customers who first bought from %1 to %2 (%3, %4), followed up to %5; no comparison with another period.</source>
        <translation>Kunden mit erstem Kauf vom %1 bis %2 (%3, %4), verfolgt bis %5; kein Vergleich mit einem anderen Zeitraum.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/cohorts/CohortsView.cpp" line="293"/>
        <source>%Ln cohort(s)</source>
        <translation>
            <numerusform>%Ln Kohorte</numerusform>
            <numerusform>%Ln Kohorten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/cohorts/CohortsView.cpp" line="294"/>
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln Kunde</numerusform>
            <numerusform>%Ln Kunden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortsView.cpp" line="299"/>
        <source>Some lines were imported without prices: revenue cells of those lines say &quot;no prices&quot; (their money is unknown, not 0); ~ marks a value that leaves such lines out.</source>
        <translation>Einige Zeilen wurden ohne Preise importiert: Umsatzzellen dieser Zeilen zeigen „keine Preise“ (der Geldbetrag ist unbekannt, nicht 0); ~ kennzeichnet einen Wert, der solche Zeilen auslässt.</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortsView.cpp" line="318"/>
        <source>%1 or more</source>
        <translation>%1 oder mehr</translation>
    </message>
</context>
<context>
    <name>storelens::ui::ColumnAnalysis</name>
    <message>
        <location filename="../ui/importwizard/ColumnAnalysis.cpp" line="40"/>
        <source>Date (year-month-day)</source>
        <translation>Datum (Jahr-Monat-Tag)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnAnalysis.cpp" line="42"/>
        <source>Date (day/month/year)</source>
        <translation>Datum (Tag/Monat/Jahr)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnAnalysis.cpp" line="44"/>
        <source>Date (month/day/year)</source>
        <translation>Datum (Monat/Tag/Jahr)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnAnalysis.cpp" line="48"/>
        <source>Date (day and month order open)</source>
        <translation>Datum (Reihenfolge von Tag und Monat offen)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnAnalysis.cpp" line="54"/>
        <source>Empty</source>
        <translation>Leer</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnAnalysis.cpp" line="66"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnAnalysis.cpp" line="69"/>
        <source>Whole number</source>
        <translation>Ganze Zahl</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnAnalysis.cpp" line="70"/>
        <source>Number (decimal comma)</source>
        <translation>Zahl (Dezimalkomma)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnAnalysis.cpp" line="71"/>
        <source>Number (decimal point)</source>
        <translation>Zahl (Dezimalpunkt)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnAnalysis.cpp" line="108"/>
        <source>This is not a yes/no value.</source>
        <translation>Dies ist kein Ja/Nein-Wert.</translation>
    </message>
</context>
<context>
    <name>storelens::ui::ColumnsPage</name>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="98"/>
        <source>&quot;%1&quot;</source>
        <comment>a status value quoted in a list</comment>
        <translation>„%1“</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="180"/>
        <source>The file has &amp;no prices (import anyway)</source>
        <translation>Die Datei enthält &amp;keine Preise (trotzdem importieren)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="181"/>
        <source>S&amp;pread order discounts over the lines</source>
        <translation>Bestellrabatte auf die Zeilen &amp;verteilen</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="184"/>
        <source>S&amp;ource:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="187"/>
        <source>Tell StoreLens what each column holds</source>
        <translation>Geben Sie an, was jede Spalte enthält</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="203"/>
        <source>The system this export comes from: the till, the web shop, an ERP. The same order number from two sources is two orders.</source>
        <translation>Das System, aus dem dieser Export stammt: die Kasse, der Webshop, ein ERP. Dieselbe Bestellnummer aus zwei Quellen sind zwei Bestellungen.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="209"/>
        <source>Detect from the whole file</source>
        <translation>Aus der ganzen Datei erkennen</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="210"/>
        <source>Year-month-day (2024-03-31)</source>
        <translation>Jahr-Monat-Tag (2024-03-31)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="211"/>
        <source>Day/month/year (31/03/2024)</source>
        <translation>Tag/Monat/Jahr (31/03/2024)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="212"/>
        <source>Month/day/year (03/31/2024)</source>
        <translation>Monat/Tag/Jahr (03/31/2024)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="213"/>
        <source>Point (1,234.50)</source>
        <translation>Punkt (1,234.50)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="214"/>
        <source>Comma (1.234,50)</source>
        <translation>Komma (1.234,50)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="218"/>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="218"/>
        <source>Holds</source>
        <translation>Enthält</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="218"/>
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="218"/>
        <source>Looks like</source>
        <translation>Sieht aus wie</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="218"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="238"/>
        <source>&amp;Dates are written as:</source>
        <translation>&amp;Datumsangaben sind geschrieben als:</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="240"/>
        <source>Decimal &amp;separator:</source>
        <translation>Dezimal&amp;trennzeichen:</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="250"/>
        <source>before the line discount</source>
        <translation>vor dem Zeilenrabatt</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="251"/>
        <source>after the line discount</source>
        <translation>nach dem Zeilenrabatt</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="253"/>
        <source>each row</source>
        <translation>jede Zeile</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="254"/>
        <source>one per customer per day</source>
        <translation>eine pro Kunde und Tag</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="260"/>
        <source>The channel of every line whose file has no channel column (or an empty cell): a till&apos;s sales are in store, a web shop&apos;s online.</source>
        <translation>Der Kanal jeder Zeile, deren Datei keine Kanalspalte hat (oder eine leere Zelle): Kassenverkäufe sind im Laden, die eines Webshops online.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="264"/>
        <source>An order discount given once per order is split over the order&apos;s lines in proportion to their amounts, to the cent; unchecked, it is left out. Shipping is not sales: a column mapped as shipping is counted and left out.</source>
        <translation>Ein Bestellrabatt, der einmal pro Bestellung angegeben ist, wird anteilig nach Betrag centgenau auf die Zeilen der Bestellung verteilt; ohne Häkchen wird er nicht berücksichtigt. Versand ist kein Umsatz: Eine als Versand zugeordnete Spalte wird gezählt und herausgelassen.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="267"/>
        <source>Orders, units, customers and cohorts count; money figures say &quot;no prices imported&quot; for these lines.</source>
        <translation>Bestellungen, Artikel, Kunden und Kohorten zählen; Geldbeträge zeigen für diese Zeilen „keine Preise importiert“.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="273"/>
        <source>&amp;Line totals are:</source>
        <translation>&amp;Zeilensummen sind:</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="275"/>
        <source>Without an order ID, an &amp;order is:</source>
        <translation>Ohne Bestellnummer ist eine &amp;Bestellung:</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="277"/>
        <source>C&amp;hannel where none is given:</source>
        <translation>&amp;Kanal, wo keiner angegeben ist:</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="380"/>
        <source>StoreLens suggested a field for the columns it recognised (%1). Fields marked * are required; columns set to Ignore are left out.</source>
        <translation>StoreLens hat für die erkannten Spalten ein Feld vorgeschlagen (%1). Mit * markierte Felder sind Pflichtfelder; auf „Ignorieren“ gesetzte Spalten werden ausgelassen.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="399"/>
        <source>Ignore</source>
        <translation>Ignorieren</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="401"/>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="504"/>
        <source>&quot;%1&quot; is read as the line total, so &quot;%2&quot; is no longer read as the unit price: a line&apos;s amount comes from one of them.</source>
        <translation>„%1“ wird als Zeilensumme gelesen, daher wird „%2“ nicht mehr als Stückpreis gelesen: Der Betrag einer Zeile kommt aus einer der beiden Spalten.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="507"/>
        <source>&quot;%1&quot; is read as the unit price, so &quot;%2&quot; is no longer read as the line total: a line&apos;s amount comes from one of them.</source>
        <translation>„%1“ wird als Stückpreis gelesen, daher wird „%2“ nicht mehr als Zeilensumme gelesen: Der Betrag einer Zeile kommt aus einer der beiden Spalten.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="584"/>
        <source>&quot;%1&quot;: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="595"/>
        <source>Every required field has a column.</source>
        <translation>Jedem Pflichtfeld ist eine Spalte zugeordnet.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="596"/>
        <source>&lt;b&gt;Still to choose:&lt;/b&gt; %1.</source>
        <translation>&lt;b&gt;Noch zu wählen:&lt;/b&gt; %1.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="603"/>
        <source>column %1 &quot;%2&quot;</source>
        <translation>Spalte %1 „%2“</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="606"/>
        <source>&lt;b&gt;Choose which column holds %1:&lt;/b&gt; %2 both name it, and nothing in the file tells which one to use.</source>
        <translation>&lt;b&gt;Wählen Sie, welche Spalte %1 enthält:&lt;/b&gt; %2 bezeichnen beide dieses Feld, und nichts in der Datei zeigt, welche zu verwenden ist.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="609"/>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="614"/>
        <source>&lt;b&gt;Day or month first?&lt;/b&gt; In the rows shown, a date such as &quot;%1&quot; could be day/month or month/day. Choose under &quot;Dates are written as&quot; if you know how your system writes dates; otherwise StoreLens reads the whole file to tell, and stops to ask if no day in it is above 12.</source>
        <translation>&lt;b&gt;Tag oder Monat zuerst?&lt;/b&gt; In den gezeigten Zeilen könnte ein Datum wie „%1“ Tag/Monat oder Monat/Tag sein. Wählen Sie unter „Datumsangaben sind geschrieben als“, wenn Sie wissen, wie Ihr System Datumsangaben schreibt; sonst liest StoreLens die ganze Datei, um es zu erkennen, und hält an, um zu fragen, wenn kein Tag darin über 12 liegt.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="620"/>
        <source>Highlighted columns have values that do not read as the field chosen for them; rows with such values will be rejected. Check the field, the date order and the decimal separator.</source>
        <translation>Hervorgehobene Spalten enthalten Werte, die sich nicht als das gewählte Feld lesen lassen; Zeilen mit solchen Werten werden abgelehnt. Prüfen Sie das Feld, die Datumsreihenfolge und das Dezimaltrennzeichen.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="624"/>
        <source>Order IDs that start with &quot;%1&quot; are read as cancellations (returns).</source>
        <translation>Bestellnummern, die mit „%1“ beginnen, werden als Stornierungen (Retouren) gelesen.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="632"/>
        <source>Orders whose status marks a refund or a cancellation (none in the rows shown) were sold and refunded: each of their lines counts as a sale and a return.</source>
        <translation>Bestellungen, deren Status eine Erstattung oder Stornierung anzeigt (in den gezeigten Zeilen keine), wurden verkauft und erstattet: Jede ihrer Zeilen zählt als Verkauf und als Rückgabe.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="637"/>
        <source>Rows whose status is %1 are refunds: each counts as a return dated on the refund&apos;s day, not as a sale.</source>
        <translation>Zeilen mit dem Status %1 sind Erstattungen: Jede zählt als Retoure am Tag der Erstattung, nicht als Verkauf.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="640"/>
        <source>Orders whose status is %1 were sold and refunded: each of their lines counts as a sale and a return. If a status means the item was voided before payment, the Check step can leave it out instead.</source>
        <translation>Bestellungen mit dem Status %1 wurden verkauft und erstattet: Jede ihrer Zeilen zählt als Verkauf und als Rückgabe. Bedeutet ein Status, dass der Artikel vor der Zahlung storniert wurde, kann der Schritt „Prüfen“ ihn stattdessen auslassen.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="649"/>
        <source>Lines whose status is %1 were voided on the till before payment: they are left out of sales. If such a status means the sale was refunded, the Check step can count it as a cancellation instead.</source>
        <translation>Zeilen mit dem Status %1 wurden an der Kasse vor der Zahlung storniert: Sie zählen nicht zum Umsatz. Wenn ein solcher Status bedeutet, dass der Verkauf erstattet wurde, kann der Schritt „Prüfen“ ihn stattdessen als Stornierung zählen.</translation>
    </message>
</context>
<context>
    <name>storelens::ui::CustomerDataActions</name>
    <message>
        <location filename="../ui/customers/CustomerDataActions.cpp" line="31"/>
        <source>The customer&apos;s data could not be written: %1</source>
        <translation>Die Daten des Kunden konnten nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerDataActions.cpp" line="42"/>
        <source>Export This Customer&apos;s Data…</source>
        <translation>Daten dieses Kunden exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerDataActions.cpp" line="43"/>
        <source>Forget This Customer…</source>
        <translation>Diesen Kunden vergessen…</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerDataActions.cpp" line="50"/>
        <source>Save everything this workspace holds on the customer (their record, order lines, figures and segments) as JSON or CSV.</source>
        <translation>Alles, was dieser Arbeitsbereich über den Kunden enthält (Datensatz, Bestellzeilen, Zahlen und Segmente), als JSON oder CSV speichern.</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerDataActions.cpp" line="53"/>
        <source>Remove the customer&apos;s personal data for good. Their purchases stay as guest purchases, so sales totals do not change.</source>
        <translation>Die personenbezogenen Daten des Kunden endgültig entfernen. Seine Käufe bleiben als Gastkäufe erhalten, die Umsatzsummen ändern sich also nicht.</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerDataActions.cpp" line="65"/>
        <source>Saved the customer&apos;s data to %1.</source>
        <translation>Die Daten des Kunden wurden unter %1 gespeichert.</translation>
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
        <translation>Daten dieses Kunden exportieren</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerDataActions.cpp" line="109"/>
        <source>customer-%1.json</source>
        <translation>kunde-%1.json</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerDataActions.cpp" line="150"/>
        <source>Forget This Customer</source>
        <translation>Diesen Kunden vergessen</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerDataActions.cpp" line="151"/>
        <source>Forget %1 (ID %2)?</source>
        <translation>%1 (ID %2) vergessen?</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerDataActions.cpp" line="155"/>
        <source>Their name, e-mail address and every other detail of their customer record are removed from this workspace for good. Their purchases stay as guest purchases, so orders and sales do not change. Export their data first if you need it. A later orders import keeps their purchases as guest purchases; importing a customer list that still holds them brings them back.</source>
        <translation>Name, E-Mail-Adresse und alle weiteren Angaben ihres Kundendatensatzes werden endgültig aus diesem Arbeitsbereich entfernt. Ihre Käufe bleiben als Gastkäufe erhalten, Bestellungen und Umsatz ändern sich also nicht. Exportieren Sie ihre Daten vorher, wenn Sie sie brauchen. Ein späterer Import von Bestellungen behält ihre Käufe als Gastkäufe; der Import einer Kundenliste, die sie noch enthält, holt sie zurück.</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerDataActions.cpp" line="159"/>
        <source>Forget</source>
        <translation>Vergessen</translation>
    </message>
</context>
<context>
    <name>storelens::ui::CustomerListModel</name>
    <message>
        <location filename="../ui/customers/CustomerListModel.cpp" line="141"/>
        <source>no prices</source>
        <translation>keine Preise</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerListModel.cpp" line="158"/>
        <source>Customer ID</source>
        <translation>Kundennummer</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerListModel.cpp" line="160"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerListModel.cpp" line="162"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerListModel.cpp" line="164"/>
        <source>First purchase</source>
        <translation>Erster Kauf</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerListModel.cpp" line="166"/>
        <source>Last purchase</source>
        <translation>Letzter Kauf</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerListModel.cpp" line="168"/>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerListModel.cpp" line="170"/>
        <source>Net sales</source>
        <translation>Nettoumsatz</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerListModel.cpp" line="172"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerListModel.cpp" line="174"/>
        <source>Lifecycle</source>
        <translation>Lebenszyklus</translation>
    </message>
</context>
<context>
    <name>storelens::ui::CustomerProfilePane</name>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="106"/>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="236"/>
        <source>Select a customer in the list to see their profile.</source>
        <translation>Wählen Sie einen Kunden in der Liste, um sein Profil zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="132"/>
        <source>First purchase</source>
        <translation>Erster Kauf</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="133"/>
        <source>Last purchase</source>
        <translation>Letzter Kauf</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="134"/>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="173"/>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="179"/>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="135"/>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="169"/>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="174"/>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="176"/>
        <source>Net sales</source>
        <translation>Nettoumsatz</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="136"/>
        <source>Average order value</source>
        <translation>Durchschnittlicher Bestellwert</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="137"/>
        <source>Recency</source>
        <translation>Zeit seit letztem Kauf</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="138"/>
        <source>RFM scores</source>
        <translation>RFM-Werte</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="139"/>
        <source>RFM segment</source>
        <translation>RFM-Segment</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="140"/>
        <source>Lifecycle</source>
        <translation>Lebenszyklus</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="141"/>
        <source>Value tier</source>
        <translation>Wertstufe</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="142"/>
        <source>Predicted CLV (next %1 months)</source>
        <translation>Prognostizierter Kundenwert (nächste %1 Monate)</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="143"/>
        <source>Chance still a customer</source>
        <translation>Wahrscheinlichkeit, noch Kunde zu sein</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="168"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="168"/>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="168"/>
        <source>Where</source>
        <comment>an order&apos;s store and channel</comment>
        <translation>Wo</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="169"/>
        <source>Net units</source>
        <translation>Netto-Artikel</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="173"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="173"/>
        <source>SKU</source>
        <translation>Artikelnummer</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="173"/>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="176"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="173"/>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="176"/>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="174"/>
        <source>Last bought</source>
        <translation>Zuletzt gekauft</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="176"/>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="180"/>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="181"/>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="191"/>
        <source>Orders over time (returns below the line)</source>
        <translation>Bestellungen im Zeitverlauf (Retouren unter der Linie)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="202"/>
        <source>Customer %1 was forgotten: their personal data is gone and their %n order line(s) are now guest lines.</source>
        <translation>
            <numerusform>Kunde %1 wurde vergessen: Seine personenbezogenen Daten sind gelöscht, und seine %n Bestellzeile ist jetzt eine Gastzeile.</numerusform>
            <numerusform>Kunde %1 wurde vergessen: Seine personenbezogenen Daten sind gelöscht, und seine %n Bestellzeilen sind jetzt Gastzeilen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="239"/>
        <source>Customer %1</source>
        <translation>Kunde %1</translation>
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
        <translation>keine Preise importiert</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="262"/>
        <source>no orders</source>
        <translation>keine Bestellungen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="263"/>
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln Tag</numerusform>
            <numerusform>%Ln Tage</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="265"/>
        <source>Days from the last purchase to %1, the day after the last day with data.</source>
        <translation>Tage vom letzten Kauf bis %1, dem Tag nach dem letzten Tag mit Daten.</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="269"/>
        <source>R %1 · F %2 · M %3</source>
        <translation>R %1 · F %2 · M %3</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="278"/>
        <source>%1 (compared with the other customers)</source>
        <translation>%1 (im Vergleich mit den anderen Kunden)</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="280"/>
        <source>The RFM segment compares this customer with the others: how recently, how often and how much they bought (the RFM scores above).</source>
        <translation>Das RFM-Segment vergleicht diesen Kunden mit den anderen: wie kürzlich, wie oft und wie viel er gekauft hat (die RFM-Werte oben).</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="283"/>
        <source>The lifecycle stage counts the days since the first and the last purchase: New, Active, At risk, Lapsed.</source>
        <translation>Die Lebenszyklusphase zählt die Tage seit dem ersten und dem letzten Kauf: Neu, Aktiv, Gefährdet, Inaktiv.</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="311"/>
        <source>no prices</source>
        <translation>keine Preise</translation>
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
        <translation>Nur Retouren: zählt nicht als Bestellung.</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="344"/>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="355"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="390"/>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="391"/>
        <source>not available</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="392"/>
        <source>The prediction failed: %1</source>
        <translation>Die Prognose ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="403"/>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="404"/>
        <source>calculating…</source>
        <translation>wird berechnet…</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="422"/>
        <source>not predicted</source>
        <translation>nicht vorhergesagt</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="428"/>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="429"/>
        <source>no prediction</source>
        <translation>keine Prognose</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="431"/>
        <source>The prediction models have no row for this customer.</source>
        <translation>Die Prognosemodelle haben keine Zeile für diesen Kunden.</translation>
    </message>
</context>
<context>
    <name>storelens::ui::CustomersView</name>
    <message>
        <location filename="../ui/customers/CustomersView.cpp" line="46"/>
        <source>Show &amp;all</source>
        <translation>&amp;Alle anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomersView.cpp" line="59"/>
        <source>Search by ID, name, email, country or segment</source>
        <translation>Nach ID, Name, E-Mail, Land oder Segment suchen</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomersView.cpp" line="61"/>
        <source>Search customers</source>
        <translation>Kunden suchen</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomersView.cpp" line="62"/>
        <source>&amp;Find:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomersView.cpp" line="100"/>
        <source>customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomersView.cpp" line="106"/>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomersView.cpp" line="167"/>
        <location filename="../ui/customers/CustomersView.cpp" line="194"/>
        <source>Open a workspace to see its customers: import orders or open the sample store from the File menu.</source>
        <translation>Öffnen Sie einen Arbeitsbereich, um seine Kunden zu sehen: Importieren Sie Bestellungen oder öffnen Sie das Beispielgeschäft über das Menü „Datei“.</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomersView.cpp" line="213"/>
        <source>The customers could not be listed: %1</source>
        <translation>Die Kunden konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomersView.cpp" line="235"/>
        <source>No customer has a purchase with these filters. Clear a filter to see more.</source>
        <translation>Kein Kunde hat mit diesen Filtern einen Kauf. Entfernen Sie einen Filter, um mehr zu sehen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/customers/CustomersView.cpp" line="359"/>
        <source>%Ln of %1 customers, with every purchase up to %2: the date range does not apply here</source>
        <translation>
            <numerusform>%Ln von %1 Kunden, mit jedem Kauf bis %2: Der Zeitraum gilt hier nicht</numerusform>
            <numerusform>%Ln von %1 Kunden, mit jedem Kauf bis %2: Der Zeitraum gilt hier nicht</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomersView.cpp" line="231"/>
        <source>No orders yet: import orders (File, Import) or open the sample store to see customers.</source>
        <translation>Noch keine Bestellungen: Importieren Sie Bestellungen (Datei, Importieren) oder öffnen Sie das Beispielgeschäft, um Kunden zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomersView.cpp" line="316"/>
        <source>Showing: %1</source>
        <translation>Angezeigt: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/customers/CustomersView.cpp" line="333"/>
        <source>Showing: %1 (%Ln customer(s); %2 more outside the current filters)</source>
        <translation>
            <numerusform>Angezeigt: %1 (%Ln Kunde; %2 weitere außerhalb der aktuellen Filter)</numerusform>
            <numerusform>Angezeigt: %1 (%Ln Kunden; %2 weitere außerhalb der aktuellen Filter)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/customers/CustomersView.cpp" line="335"/>
        <source>Showing: %1 (%Ln customer(s))</source>
        <translation>
            <numerusform>Angezeigt: %1 (%Ln Kunde)</numerusform>
            <numerusform>Angezeigt: %1 (%Ln Kunden)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomersView.cpp" line="350"/>
        <source>No customer matches &quot;%1&quot;. Clear the search to see all %2.</source>
        <translation>Kein Kunde passt zu „%1“. Leeren Sie die Suche, um alle %2 Kunden zu sehen.</translation>
    </message>
</context>
<context>
    <name>storelens::ui::DashboardPage</name>
    <message>
        <location filename="../ui/shell/DashboardPage.cpp" line="30"/>
        <source>&amp;Overview</source>
        <translation>Ü&amp;bersicht</translation>
    </message>
    <message>
        <location filename="../ui/shell/DashboardPage.cpp" line="31"/>
        <source>&amp;Cohorts</source>
        <translation>&amp;Kohorten</translation>
    </message>
    <message>
        <location filename="../ui/shell/DashboardPage.cpp" line="32"/>
        <source>&amp;Segments</source>
        <translation>&amp;Segmente</translation>
    </message>
    <message>
        <location filename="../ui/shell/DashboardPage.cpp" line="33"/>
        <source>C&amp;ustomers</source>
        <translation>K&amp;unden</translation>
    </message>
    <message>
        <location filename="../ui/shell/DashboardPage.cpp" line="34"/>
        <source>&amp;Predictions</source>
        <translation>&amp;Prognosen</translation>
    </message>
</context>
<context>
    <name>storelens::ui::DateRangePreset</name>
    <message>
        <location filename="../ui/dashboard/DateRangePreset.cpp" line="46"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DateRangePreset.cpp" line="48"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DateRangePreset.cpp" line="50"/>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DateRangePreset.cpp" line="52"/>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DateRangePreset.cpp" line="56"/>
        <source>This quarter</source>
        <translation>Dieses Quartal</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DateRangePreset.cpp" line="54"/>
        <source>Last complete month</source>
        <translation>Letzter vollständiger Monat</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DateRangePreset.cpp" line="58"/>
        <source>Last complete quarter</source>
        <translation>Letztes vollständiges Quartal</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DateRangePreset.cpp" line="60"/>
        <source>This year</source>
        <translation>Dieses Jahr</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DateRangePreset.cpp" line="62"/>
        <source>Year to date</source>
        <translation>Seit Jahresbeginn</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DateRangePreset.cpp" line="64"/>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DateRangePreset.cpp" line="66"/>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DateRangePreset.cpp" line="68"/>
        <source>Custom range</source>
        <translation>Benutzerdefinierter Zeitraum</translation>
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
        <translation>Q%1 %2</translation>
    </message>
</context>
<context>
    <name>storelens::ui::EmailKeyOffer</name>
    <message numerus="yes">
        <location filename="../ui/importwizard/EmailKeyOffer.cpp" line="19"/>
        <source>Each person is counted once: %n customer(s) of this file are the workspace&apos;s customers with the same e-mail address or phone number. The import profile keeps the choice.</source>
        <translation>
            <numerusform>Jede Person wird einmal gezählt: %n Kunde dieser Datei ist der Kunde des Arbeitsbereichs mit derselben E-Mail-Adresse oder Telefonnummer. Das Importprofil behält die Wahl.</numerusform>
            <numerusform>Jede Person wird einmal gezählt: %n Kunden dieser Datei sind die Kunden des Arbeitsbereichs mit derselben E-Mail-Adresse oder Telefonnummer. Das Importprofil behält die Wahl.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/importwizard/EmailKeyOffer.cpp" line="30"/>
        <source>Gives each line the workspace&apos;s customer with the address in &quot;%1&quot;, checks the file again and keeps the choice in the import profile.</source>
        <translation>Gibt jeder Position den Kunden des Arbeitsbereichs mit der Adresse aus „%1“, prüft die Datei erneut und behält die Wahl im Importprofil.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/EmailKeyOffer.cpp" line="33"/>
        <source>Gives each line the workspace&apos;s customer with the address in &quot;%1&quot; or, without one, the number in &quot;%2&quot;, checks the file again and keeps the choice in the import profile.</source>
        <translation>Gibt jeder Position den Kunden des Arbeitsbereichs mit der Adresse aus „%1“ oder, ohne eine, mit der Nummer aus „%2“, prüft die Datei erneut und behält die Wahl im Importprofil.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/EmailKeyOffer.cpp" line="36"/>
        <source>Count Each Person &amp;Once</source>
        <translation>Jede Person &amp;einmal zählen</translation>
    </message>
</context>
<context>
    <name>storelens::ui::ExplainFormat</name>
    <message>
        <location filename="../ui/dashboard/ExplainFormat.cpp" line="45"/>
        <source>Store</source>
        <translation>Filiale</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExplainFormat.cpp" line="47"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExplainFormat.cpp" line="49"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExplainFormat.cpp" line="51"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExplainFormat.cpp" line="53"/>
        <source>New or returning</source>
        <translation>Neu oder wiederkehrend</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExplainFormat.cpp" line="55"/>
        <source>Saved segment</source>
        <translation>Gespeichertes Segment</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExplainFormat.cpp" line="57"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExplainFormat.cpp" line="104"/>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExplainFormat.cpp" line="105"/>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExplainFormat.cpp" line="117"/>
        <source>mix of %1</source>
        <translation>Mix von %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExplainFormat.cpp" line="118"/>
        <source>rate within each</source>
        <translation>Satz innerhalb jedes Teils</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExplainFormat.cpp" line="126"/>
        <source>all others</source>
        <translation>alle anderen</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExplainFormat.cpp" line="128"/>
        <source>change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExplainFormat.cpp" line="137"/>
        <source>%1 by factor</source>
        <translation>%1 nach Faktor</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExplainFormat.cpp" line="139"/>
        <source>%1: mix and rate by %2</source>
        <translation>%1: Mix und Satz nach %2</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExplainFormat.cpp" line="140"/>
        <source>%1 by %2</source>
        <translation>%1 nach %2</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExplainFormat.cpp" line="158"/>
        <source>%1 In the comparison period the rate&apos;s 95 % interval was %2 to %3.</source>
        <translation>%1 Im Vergleichszeitraum lag das 95-%-Intervall des Satzes bei %2 bis %3.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExplainFormat.cpp" line="161"/>
        <source>%1 Allowing for the usual day-to-day swings, the daily average changed by somewhere between %2 and %3 (95 % interval): it may not have changed at all.</source>
        <translation>%1 Unter Berücksichtigung der üblichen Schwankungen von Tag zu Tag änderte sich der Tagesdurchschnitt um einen Betrag zwischen %2 und %3 (95-%-Intervall): Er hat sich womöglich gar nicht geändert.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExplainFormat.cpp" line="164"/>
        <source>%1 Allowing for the usual day-to-day swings, the daily average changed by somewhere between %2 and %3 (95 % interval).</source>
        <translation>%1 Unter Berücksichtigung der üblichen Schwankungen von Tag zu Tag änderte sich der Tagesdurchschnitt um einen Betrag zwischen %2 und %3 (95-%-Intervall).</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExplainFormat.cpp" line="173"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExplainFormat.cpp" line="175"/>
        <source>Now: %1; before: %2.</source>
        <translation>Jetzt: %1; vorher: %2.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExplainFormat.cpp" line="181"/>
        <source>StoreLens does not explain the change of %1.</source>
        <translation>StoreLens erklärt die Veränderung von %1 nicht.</translation>
    </message>
</context>
<context>
    <name>storelens::ui::ExplainPanel</name>
    <message>
        <location filename="../ui/dashboard/ExplainPanel.cpp" line="70"/>
        <source>Close the explanation (Esc)</source>
        <translation>Erklärung schließen (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExplainPanel.cpp" line="71"/>
        <source>Close the explanation</source>
        <translation>Erklärung schließen</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExplainPanel.cpp" line="98"/>
        <source>Largest parts &amp;by</source>
        <translation>Größte Teile &amp;nach</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExplainPanel.cpp" line="187"/>
        <source>Why did %1 change?</source>
        <translation>Warum hat sich der Wert „%1“ verändert?</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExplainPanel.cpp" line="230"/>
        <source>Open a workspace to see why a figure changed.</source>
        <translation>Öffnen Sie einen Arbeitsbereich, um zu sehen, warum sich eine Zahl verändert hat.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExplainPanel.cpp" line="233"/>
        <source>Working out where the change came from…</source>
        <translation>Es wird ermittelt, woher die Veränderung kommt…</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExplainPanel.cpp" line="246"/>
        <source>The change could not be explained: %1</source>
        <translation>Die Veränderung konnte nicht erklärt werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExplainPanel.cpp" line="254"/>
        <source>There is no change to explain: %1</source>
        <translation>Es gibt keine Veränderung zu erklären: %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExplainPanel.cpp" line="265"/>
        <source>How this was judged: %1.</source>
        <translation>So wurde das beurteilt: %1.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExplainPanel.cpp" line="300"/>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExplainPanel.cpp" line="300"/>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExplainPanel.cpp" line="302"/>
        <source>Mix</source>
        <translation>Mix</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExplainPanel.cpp" line="302"/>
        <source>Rate</source>
        <translation>Satz</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExplainPanel.cpp" line="303"/>
        <source>Part of the change</source>
        <translation>Anteil an der Veränderung</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExplainPanel.cpp" line="314"/>
        <source>Click to show only %1 on the dashboard.</source>
        <translation>Klicken, um im Dashboard nur %1 anzuzeigen.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExplainPanel.cpp" line="315"/>
        <source>The dashboard cannot be filtered by this.</source>
        <translation>Das Dashboard kann danach nicht gefiltert werden.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExplainPanel.cpp" line="328"/>
        <source>The %1 largest of %2 parts.</source>
        <translation>Die %1 größten von %2 Teilen.</translation>
    </message>
</context>
<context>
    <name>storelens::ui::ExportStyle</name>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="28"/>
        <source>Squarespace orders</source>
        <translation>Squarespace-Bestellungen</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="30"/>
        <source>Shopify orders</source>
        <translation>Shopify-Bestellungen</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="32"/>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="34"/>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="36"/>
        <source>PrestaShop customers</source>
        <translation>PrestaShop-Kunden</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="38"/>
        <source>Shopify customers</source>
        <translation>Shopify-Kunden</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="40"/>
        <source>BigCommerce orders</source>
        <translation>BigCommerce-Bestellungen</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="42"/>
        <source>Odoo POS order lines</source>
        <translation>Odoo-Kassen-Bestellzeilen</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="44"/>
        <source>Magento orders</source>
        <translation>Magento-Bestellungen</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="46"/>
        <source>Shopware orders</source>
        <translation>Shopware-Bestellungen</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="48"/>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="50"/>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="52"/>
        <source>PrestaShop orders</source>
        <translation>PrestaShop-Bestellungen</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="54"/>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="56"/>
        <source>SumUp sales</source>
        <translation>SumUp-Verkäufe</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="58"/>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="60"/>
        <source>Loyverse receipts by item</source>
        <translation>Loyverse-Belege nach Artikel</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="62"/>
        <source>Wix orders</source>
        <translation>Wix-Bestellungen</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="64"/>
        <source>Square Online orders</source>
        <translation>Square-Online-Bestellungen</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="66"/>
        <source>eBay orders report</source>
        <translation>eBay-Bestellbericht</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="68"/>
        <source>Amazon All Orders</source>
        <translation>Amazon Alle Bestellungen</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="70"/>
        <source>eBay transaction report</source>
        <translation>eBay-Transaktionsbericht</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="72"/>
        <source>Clover line items</source>
        <translation>Clover-Positionen</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="74"/>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="76"/>
        <source>Tiendanube orders</source>
        <translation>Tiendanube-Bestellungen</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="78"/>
        <source>DSFinV-K receipts</source>
        <translation>DSFinV-K-Belege</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="83"/>
        <source>Toast item selection details</source>
        <translation>Toast-Artikelauswahl (Item Selection Details)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="85"/>
        <source>Shift4Shop orders</source>
        <translation>Shift4Shop-Bestellungen</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="87"/>
        <source>Hike sales</source>
        <translation>Hike-Verkäufe</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="89"/>
        <source>Big Cartel orders</source>
        <translation>Big-Cartel-Bestellungen</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="91"/>
        <source>Gambio orders</source>
        <translation>Gambio-Bestellungen</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="93"/>
        <source>Cassa in Cloud sales documents</source>
        <translation>Cassa-in-Cloud-Verkaufsbelege</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="95"/>
        <source>Storeden orders</source>
        <translation>Storeden-Bestellungen</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="97"/>
        <source>WooCommerce orders</source>
        <translation>WooCommerce-Bestellungen</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="99"/>
        <source>Square item sales</source>
        <translation>Square-Artikelverkäufe</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="100"/>
        <source>Lightspeed sales</source>
        <translation>Lightspeed-Verkäufe</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="101"/>
        <source>Superstore orders</source>
        <translation>Superstore-Bestellungen</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="102"/>
        <source>ERP invoice lines</source>
        <translation>ERP-Rechnungszeilen</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="103"/>
        <source>Till export</source>
        <translation>Kassenexport</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="117"/>
        <source>Orders export</source>
        <translation>Bestellexport</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="119"/>
        <source>Customer list</source>
        <translation>Kundenliste</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="121"/>
        <source>Product list</source>
        <translation>Produktliste</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="123"/>
        <source>Inventory export</source>
        <translation>Lagerbestandsexport</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="125"/>
        <source>Store traffic export</source>
        <translation>Besucherfrequenz-Export</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="127"/>
        <source>Staffing export</source>
        <translation>Personalbestandsexport</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="129"/>
        <source>Marketing spend export</source>
        <translation>Marketingausgaben-Export</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="131"/>
        <source>Export</source>
        <translation>Export</translation>
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
        <translation>Gebühren, Trinkgeld und andere Zeilen, die vielleicht keine Ware sind</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/FeeChoices.cpp" line="28"/>
        <source>Tips belong to the staff and deposits are paid back: they are not sales. A gift card sold becomes a sale when it is spent, so it starts as &quot;Not sales: leave out&quot;; keep it in sales only if the purchases paid with it are not in your exports. Fees and postage stay in sales but leave the product rankings.</source>
        <translation>Trinkgeld gehört dem Personal, Pfand wird zurückgezahlt: Beides ist kein Umsatz. Ein verkaufter Gutschein wird erst zum Umsatz, wenn er eingelöst wird, daher steht er zunächst auf „Kein Umsatz: herauslassen“; behalten Sie ihn nur im Umsatz, wenn die damit bezahlten Einkäufe in Ihren Exporten fehlen. Gebühren und Porto bleiben im Umsatz, verlassen aber die Produktranglisten.</translation>
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
            <numerusform>%n Zeile, %1</numerusform>
            <numerusform>%n Zeilen, %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/importwizard/FeeChoices.cpp" line="73"/>
        <source>Product (merchandise)</source>
        <translation>Produkt (Ware)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/FeeChoices.cpp" line="74"/>
        <source>Not a product: keep in sales</source>
        <translation>Kein Produkt: im Umsatz behalten</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/FeeChoices.cpp" line="75"/>
        <source>Not sales: leave out</source>
        <translation>Kein Umsatz: herauslassen</translation>
    </message>
</context>
<context>
    <name>storelens::ui::FileActions</name>
    <message>
        <location filename="../ui/common/FileActions.cpp" line="95"/>
        <source>Not Opened</source>
        <translation>Nicht geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/common/FileActions.cpp" line="96"/>
        <source>No program could be started to open %1. Open it from your file manager, or install a viewer for this kind of file.</source>
        <translation>Es konnte kein Programm gestartet werden, um %1 zu öffnen. Öffnen Sie die Datei über Ihren Dateimanager oder installieren Sie ein Anzeigeprogramm für diese Art von Datei.</translation>
    </message>
    <message>
        <location filename="../ui/common/FileActions.cpp" line="121"/>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../ui/common/FileActions.cpp" line="123"/>
        <source>Show in &amp;Folder</source>
        <translation>Im &amp;Ordner anzeigen</translation>
    </message>
</context>
<context>
    <name>storelens::ui::FilePage</name>
    <message>
        <location filename="../ui/importwizard/FilePage.cpp" line="41"/>
        <source>semicolon-separated</source>
        <translation>durch Semikolon getrennt</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/FilePage.cpp" line="43"/>
        <source>tab-separated</source>
        <translation>durch Tabulator getrennt</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/FilePage.cpp" line="45"/>
        <source>separated by vertical bars</source>
        <translation>durch senkrechte Striche getrennt</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/FilePage.cpp" line="47"/>
        <source>comma-separated</source>
        <translation>durch Komma getrennt</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/FilePage.cpp" line="95"/>
        <source>Choose the file</source>
        <translation>Datei wählen</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/FilePage.cpp" line="96"/>
        <source>Choose a CSV export of your till, web shop or ERP. StoreLens reads its first rows to work out what it holds; nothing is imported before the last step.</source>
        <translation>Wählen Sie einen CSV-Export Ihrer Kasse, Ihres Webshops oder Ihres ERP-Systems. StoreLens liest die ersten Zeilen, um zu erkennen, was sie enthält; vor dem letzten Schritt wird nichts importiert.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/FilePage.cpp" line="104"/>
        <source>Choose what the file holds</source>
        <translation>Wählen Sie, was die Datei enthält</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/FilePage.cpp" line="115"/>
        <source>&amp;Browse…</source>
        <translation>D&amp;urchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/FilePage.cpp" line="120"/>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/FilePage.cpp" line="125"/>
        <source>The file &amp;holds:</source>
        <translation>Die Datei &amp;enthält:</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/FilePage.cpp" line="158"/>
        <source>Choose the file to import</source>
        <translation>Zu importierende Datei wählen</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/FilePage.cpp" line="181"/>
        <source>There is no file at %1.</source>
        <translation>Unter %1 gibt es keine Datei.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/FilePage.cpp" line="184"/>
        <source>Reading the first rows…</source>
        <translation>Die ersten Zeilen werden gelesen…</translation>
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
            <numerusform>%1, %2, %Ln Spalte, %3.</numerusform>
            <numerusform>%1, %2, %Ln Spalten, %3.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/importwizard/FilePage.cpp" line="219"/>
        <source>StoreLens cannot tell what this file holds: please choose below.</source>
        <translation>StoreLens kann nicht erkennen, was diese Datei enthält: Bitte wählen Sie unten aus.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/FilePage.cpp" line="220"/>
        <source>StoreLens cannot tell for sure what this file holds (it could be %1): please choose below.</source>
        <translation>StoreLens kann nicht sicher erkennen, was diese Datei enthält (es könnte %1 sein): Bitte wählen Sie unten aus.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/FilePage.cpp" line="227"/>
        <source>&amp;Use the saved settings &quot;%1&quot;</source>
        <translation>Die gespeicherten Einstellungen „%1“ &amp;verwenden</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/FilePage.cpp" line="228"/>
        <source>Kind of file: %1. This file has the same columns; the next step checks the whole file.</source>
        <translation>Art der Datei: %1. Diese Datei hat dieselben Spalten; der nächste Schritt prüft die ganze Datei.</translation>
    </message>
</context>
<context>
    <name>storelens::ui::FilterBar</name>
    <message>
        <location filename="../ui/dashboard/FilterBar.cpp" line="107"/>
        <source>The period to analyse, counted back from the last day with data.</source>
        <translation>Der auszuwertende Zeitraum, zurückgezählt vom letzten Tag mit Daten.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterBar.cpp" line="110"/>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterBar.cpp" line="121"/>
        <source>First day of the period</source>
        <translation>Erster Tag des Zeitraums</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterBar.cpp" line="122"/>
        <source>Last day of the period</source>
        <translation>Letzter Tag des Zeitraums</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterBar.cpp" line="123"/>
        <source>First day of the period. Editing a date switches to a custom range.</source>
        <translation>Erster Tag des Zeitraums. Wenn Sie ein Datum ändern, wird auf einen benutzerdefinierten Zeitraum umgeschaltet.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterBar.cpp" line="124"/>
        <source>Last day of the period. Editing a date switches to a custom range.</source>
        <translation>Letzter Tag des Zeitraums. Wenn Sie ein Datum ändern, wird auf einen benutzerdefinierten Zeitraum umgeschaltet.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterBar.cpp" line="128"/>
        <source>Previous period</source>
        <translation>Vorheriger Zeitraum</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterBar.cpp" line="129"/>
        <source>Same period last year</source>
        <translation>Gleicher Zeitraum im Vorjahr</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterBar.cpp" line="130"/>
        <source>No comparison</source>
        <translation>Kein Vergleich</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterBar.cpp" line="131"/>
        <source>Co&amp;mpare:</source>
        <translation>Ver&amp;gleichen:</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterBar.cpp" line="134"/>
        <source>Store</source>
        <translation>Filiale</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterBar.cpp" line="135"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterBar.cpp" line="136"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterBar.cpp" line="137"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterBar.cpp" line="148"/>
        <location filename="../ui/dashboard/FilterBar.cpp" line="395"/>
        <source>All customers</source>
        <translation>Alle Kunden</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterBar.cpp" line="150"/>
        <source>Only the order lines of a saved segment&apos;s customers (guest sales are left out).</source>
        <translation>Nur die Bestellzeilen der Kunden eines gespeicherten Segments (Gastverkäufe werden ausgelassen).</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterBar.cpp" line="152"/>
        <source>Se&amp;gment:</source>
        <translation>S&amp;egment:</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterBar.cpp" line="169"/>
        <source>Filter:</source>
        <translation>Filter:</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterBar.cpp" line="312"/>
        <source>All time has no earlier data to compare with.</source>
        <translation>Für den gesamten Zeitraum gibt es keine früheren Daten zum Vergleichen.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterBar.cpp" line="380"/>
        <source>The filter values could not be read.</source>
        <translation>Die Filterwerte konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterBar.cpp" line="404"/>
        <source>Data up to %1</source>
        <translation>Daten bis %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterBar.cpp" line="408"/>
        <source>Order lines from %1 to %2. Periods count back from the last day with data.</source>
        <translation>Bestellzeilen vom %1 bis %2. Zeiträume werden vom letzten Tag mit Daten zurückgezählt.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterBar.cpp" line="413"/>
        <source>No orders imported yet.</source>
        <translation>Noch keine Bestellungen importiert.</translation>
    </message>
</context>
<context>
    <name>storelens::ui::FormatPage</name>
    <message>
        <location filename="../ui/importwizard/FormatPage.cpp" line="41"/>
        <source>The first row holds the column &amp;names</source>
        <translation>Die erste Zeile enthält die Spalten&amp;namen</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/FormatPage.cpp" line="45"/>
        <source>Check how the file is written</source>
        <translation>Prüfen Sie, wie die Datei geschrieben ist</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/FormatPage.cpp" line="46"/>
        <source>StoreLens detected these settings. If the preview below looks wrong (odd characters, everything in one column), change them until it looks right.</source>
        <translation>StoreLens hat diese Einstellungen erkannt. Wenn die Vorschau unten falsch aussieht (seltsame Zeichen, alles in einer Spalte), ändern Sie sie, bis sie stimmt.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/FormatPage.cpp" line="52"/>
        <source>Comma ( , )</source>
        <translation>Komma ( , )</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/FormatPage.cpp" line="53"/>
        <source>Semicolon ( ; )</source>
        <translation>Semikolon ( ; )</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/FormatPage.cpp" line="54"/>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/FormatPage.cpp" line="55"/>
        <source>Vertical bar ( | )</source>
        <translation>Senkrechter Strich ( | )</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/FormatPage.cpp" line="56"/>
        <source>Spaces (aligned columns)</source>
        <translation>Leerzeichen (ausgerichtete Spalten)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/FormatPage.cpp" line="57"/>
        <source>Double quote ( &quot; )</source>
        <translation>Doppeltes Anführungszeichen ( &quot; )</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/FormatPage.cpp" line="58"/>
        <source>Single quote ( &apos; )</source>
        <translation>Einfaches Anführungszeichen ( &apos; )</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/FormatPage.cpp" line="59"/>
        <source>None</source>
        <translation>Keines</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/FormatPage.cpp" line="76"/>
        <source>&amp;Encoding:</source>
        <translation>&amp;Zeichenkodierung:</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/FormatPage.cpp" line="77"/>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/FormatPage.cpp" line="78"/>
        <source>&amp;Quote character:</source>
        <translation>&amp;Anführungszeichen:</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/FormatPage.cpp" line="152"/>
        <source>&lt;span style=&quot;color:#b00020&quot;&gt;With these settings the file cannot be read: %1&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#b00020&quot;&gt;Mit diesen Einstellungen kann die Datei nicht gelesen werden: %1&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>storelens::ui::GuestOffer</name>
    <message>
        <location filename="../ui/importwizard/GuestOffer.cpp" line="18"/>
        <source>Import as &amp;Guest Sales</source>
        <translation>Als &amp;Gastverkäufe importieren</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/GuestOffer.cpp" line="19"/>
        <source>Imports the lines of &quot;%1&quot; without a customer, checks the file again and keeps the choice in the import profile.</source>
        <translation>Importiert die Zeilen von „%1“ ohne Kunde, prüft die Datei erneut und merkt sich die Wahl im Importprofil.</translation>
    </message>
</context>
<context>
    <name>storelens::ui::Handbook</name>
    <message>
        <location filename="../ui/help/HandbookPages.cpp" line="49"/>
        <source>Handbook</source>
        <translation>Handbuch</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookPages.cpp" line="78"/>
        <source>Higher is better.</source>
        <translation>Höher ist besser.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookPages.cpp" line="80"/>
        <source>Lower is better.</source>
        <translation>Niedriger ist besser.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookPages.cpp" line="84"/>
        <source>Neither direction is better in itself.</source>
        <translation>Keine Richtung ist für sich genommen besser.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookPages.cpp" line="91"/>
        <source>Formula:</source>
        <translation>Formel:</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookPages.cpp" line="113"/>
        <source>Every figure StoreLens shows, with the formula it is computed by and which way of change is good. A figure is computed over the order lines of the period that pass the filters; the change compares it with the comparison period.</source>
        <translation>Jede Kennzahl, die StoreLens zeigt, mit der Formel, nach der sie berechnet wird, und welche Richtung der Veränderung gut ist. Eine Kennzahl wird über die Bestellzeilen des Zeitraums berechnet, die die Filter passieren; die Veränderung vergleicht sie mit dem Vergleichszeitraum.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookPages.cpp" line="121"/>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookPages.cpp" line="122"/>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookPages.cpp" line="122"/>
        <source>Formula</source>
        <translation>Formel</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookPages.cpp" line="123"/>
        <source>Better when</source>
        <translation>Besser, wenn</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookPages.cpp" line="125"/>
        <source>What every figure means</source>
        <translation>Was jede Kennzahl bedeutet</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookPages.cpp" line="139"/>
        <source>%1 … %2</source>
        <translation>%1 … %2</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookPages.cpp" line="141"/>
        <source>Overview, Cohorts, Segments, Customers, Predictions</source>
        <translation>Übersicht, Kohorten, Segmente, Kunden, Prognosen</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookPages.cpp" line="142"/>
        <source>Search the customers (Customers view)</source>
        <translation>Kunden suchen (Ansicht „Kunden“)</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookPages.cpp" line="144"/>
        <source>List the customers of the selected cohort cell (Cohorts view)</source>
        <translation>Die Kunden der gewählten Kohortenzelle auflisten (Ansicht „Kohorten“)</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookPages.cpp" line="145"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="65"/>
        <source>StoreLens handbook</source>
        <translation>StoreLens-Handbuch</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="69"/>
        <source>StoreLens shows how your store is doing from the CSV exports your till, web shop or ERP already makes. Everything stays on this computer: the data lives in one workspace file (&lt;code&gt;.storelens&lt;/code&gt;).</source>
        <translation>StoreLens zeigt, wie Ihr Geschäft läuft, anhand der CSV-Exporte, die Ihre Kasse, Ihr Webshop oder Ihr ERP-System bereits erstellt. Alles bleibt auf diesem Computer: Die Daten liegen in einer einzigen Arbeitsbereichsdatei (&lt;code&gt;.storelens&lt;/code&gt;).</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="73"/>
        <source>Start here</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="74"/>
        <source>&lt;a href=&quot;getting-started.html&quot;&gt;Getting started&lt;/a&gt;: from the first start to a PDF report.</source>
        <translation>&lt;a href=&quot;getting-started.html&quot;&gt;Erste Schritte&lt;/a&gt;: vom ersten Start bis zum PDF-Bericht.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="77"/>
        <source>&lt;a href=&quot;importing.html&quot;&gt;Importing your exports&lt;/a&gt;: the export styles StoreLens recognises.</source>
        <translation>&lt;a href=&quot;importing.html&quot;&gt;Ihre Exporte importieren&lt;/a&gt;: die Exportformate, die StoreLens erkennt.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="81"/>
        <source>&lt;a href=&quot;figures.html&quot;&gt;What every figure means&lt;/a&gt;: each KPI with its formula.</source>
        <translation>&lt;a href=&quot;figures.html&quot;&gt;Was jede Zahl bedeutet&lt;/a&gt;: jede Kennzahl mit ihrer Formel.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="84"/>
        <source>&lt;a href=&quot;shortcuts.html&quot;&gt;Keyboard shortcuts&lt;/a&gt;.</source>
        <translation>&lt;a href=&quot;shortcuts.html&quot;&gt;Tastenkürzel&lt;/a&gt;.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="86"/>
        <source>The views</source>
        <translation>Die Ansichten</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="88"/>
        <source>&lt;a href=&quot;overview.html&quot;&gt;Overview&lt;/a&gt;: KPI tiles and charts.</source>
        <translation>&lt;a href=&quot;overview.html&quot;&gt;Übersicht&lt;/a&gt;: KPI-Kacheln und Diagramme.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="91"/>
        <source>&lt;a href=&quot;cohorts.html&quot;&gt;Cohorts&lt;/a&gt;: do customers come back?</source>
        <translation>&lt;a href=&quot;cohorts.html&quot;&gt;Kohorten&lt;/a&gt;: Kommen Kunden wieder?</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="94"/>
        <source>&lt;a href=&quot;segments.html&quot;&gt;Segments&lt;/a&gt;: who to win back, who to thank.</source>
        <translation>&lt;a href=&quot;segments.html&quot;&gt;Segmente&lt;/a&gt;: Wen Sie zurückgewinnen, wem Sie danken sollten.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="96"/>
        <source>&lt;a href=&quot;customers.html&quot;&gt;Customers&lt;/a&gt;: one customer&apos;s profile, their data and how to forget them.</source>
        <translation>&lt;a href=&quot;customers.html&quot;&gt;Kunden&lt;/a&gt;: das Profil eines Kunden, seine Daten und wie Sie ihn vergessen.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="100"/>
        <source>&lt;a href=&quot;predictions.html&quot;&gt;Predictions&lt;/a&gt;: predicted customer lifetime value.</source>
        <translation>&lt;a href=&quot;predictions.html&quot;&gt;Prognosen&lt;/a&gt;: prognostizierter Kundenwert.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="104"/>
        <source>&lt;a href=&quot;report.html&quot;&gt;The PDF report&lt;/a&gt;.</source>
        <translation>&lt;a href=&quot;report.html&quot;&gt;Der PDF-Bericht&lt;/a&gt;.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="105"/>
        <source>Press &lt;b&gt;F1&lt;/b&gt; in any view to open its page here. Press &lt;b&gt;Shift+F1&lt;/b&gt; and click a KPI tile for what it means.</source>
        <translation>Drücken Sie in einer beliebigen Ansicht &lt;b&gt;F1&lt;/b&gt;, um hier ihre Seite zu öffnen. Drücken Sie &lt;b&gt;Umschalt+F1&lt;/b&gt; und klicken Sie auf eine KPI-Kachel, um zu erfahren, was sie bedeutet.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="110"/>
        <source>Getting started</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="114"/>
        <source>1. A workspace for your business</source>
        <translation>1. Ein Arbeitsbereich für Ihr Unternehmen</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="116"/>
        <source>A workspace is one file that holds everything StoreLens knows about one business. Create it with &lt;b&gt;File › New Workspace…&lt;/b&gt;, or try StoreLens first on made-up data with &lt;b&gt;File › Open the Sample Store&lt;/b&gt; (a bar says when you are looking at the sample).</source>
        <translation>Ein Arbeitsbereich ist eine Datei, die alles enthält, was StoreLens über ein Unternehmen weiß. Legen Sie ihn mit &lt;b&gt;Datei › Neuer Arbeitsbereich…&lt;/b&gt; an, oder probieren Sie StoreLens zuerst mit erfundenen Daten aus: &lt;b&gt;Datei › Beispielgeschäft öffnen&lt;/b&gt; (eine Leiste zeigt an, wenn Sie das Beispiel ansehen).</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="121"/>
        <source>2. Import your exports</source>
        <translation>2. Ihre Exporte importieren</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="123"/>
        <source>Choose &lt;b&gt;File › Import…&lt;/b&gt; or drop CSV files on the window. The import wizard recognises the file&apos;s format and its columns, shows a preview, checks every row before anything is saved and tells you which rows it cannot read and why. Import order lines first; customers and products add names, e-mail addresses and categories. Next month, import the new export the same way: lines already imported are updated, never doubled. See &lt;a href=&quot;importing.html&quot;&gt;Importing your exports&lt;/a&gt;.</source>
        <translation>Wählen Sie &lt;b&gt;Datei › Importieren…&lt;/b&gt; oder ziehen Sie CSV-Dateien auf das Fenster. Der Import-Assistent erkennt das Format der Datei und ihre Spalten, zeigt eine Vorschau, prüft jede Zeile, bevor etwas gespeichert wird, und sagt Ihnen, welche Zeilen er nicht lesen kann und warum. Importieren Sie zuerst die Bestellzeilen; Kunden und Produkte ergänzen Namen, E-Mail-Adressen und Kategorien. Importieren Sie im nächsten Monat den neuen Export auf die gleiche Weise: Bereits importierte Zeilen werden aktualisiert, nie verdoppelt. Siehe &lt;a href=&quot;importing.html&quot;&gt;Ihre Exporte importieren&lt;/a&gt;.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="131"/>
        <source>3. Look at the figures</source>
        <translation>3. Die Zahlen ansehen</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="133"/>
        <source>The &lt;a href=&quot;overview.html&quot;&gt;Overview&lt;/a&gt; shows the key figures of the period chosen in the filter bar with the change against the previous period. The filter bar is shared by every view: a date range, a comparison, stores, channels, countries, categories and a saved segment.</source>
        <translation>Die &lt;a href=&quot;overview.html&quot;&gt;Übersicht&lt;/a&gt; zeigt die wichtigsten Zahlen des in der Filterleiste gewählten Zeitraums mit der Veränderung gegenüber dem vorherigen Zeitraum. Die Filterleiste gilt für alle Ansichten: ein Datumsbereich, ein Vergleich, Filialen, Kanäle, Länder, Kategorien und ein gespeichertes Segment.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="138"/>
        <source>4. Hand over a report</source>
        <translation>4. Einen Bericht übergeben</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="140"/>
        <source>&lt;b&gt;File › Export Report…&lt;/b&gt; writes a PDF with the figures, trends, cohorts, segments and an appendix of definitions. See &lt;a href=&quot;report.html&quot;&gt;The PDF report&lt;/a&gt;.</source>
        <translation>&lt;b&gt;Datei › Bericht exportieren…&lt;/b&gt; schreibt ein PDF mit den Zahlen, Trends, Kohorten, Segmenten und einem Anhang mit Definitionen. Siehe &lt;a href=&quot;report.html&quot;&gt;Der PDF-Bericht&lt;/a&gt;.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="146"/>
        <source>Importing your exports</source>
        <translation>Ihre Exporte importieren</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="150"/>
        <source>StoreLens reads CSV files: any delimiter (comma, semicolon, tab, bar, or columns aligned with spaces), with or without a header row, in UTF-8, UTF-16 or Windows-1252. Numbers may use a decimal point or a decimal comma, thousands separators, currency symbols and &lt;code&gt;(12.50)&lt;/code&gt; for negatives; dates may be ISO, day/month/year or month/day/year, with month names in English or German.</source>
        <translation>StoreLens liest CSV-Dateien: mit beliebigem Trennzeichen (Komma, Semikolon, Tabulator, senkrechter Strich oder mit Leerzeichen ausgerichtete Spalten), mit oder ohne Kopfzeile, in UTF-8, UTF-16 oder Windows-1252. Zahlen dürfen einen Dezimalpunkt oder ein Dezimalkomma, Tausendertrennzeichen, Währungssymbole und &lt;code&gt;(12.50)&lt;/code&gt; für negative Werte verwenden; Datumsangaben dürfen ISO, Tag/Monat/Jahr oder Monat/Tag/Jahr sein, mit Monatsnamen auf Englisch oder Deutsch.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="158"/>
        <source>Amounts are taken as the export writes them: StoreLens neither adds nor removes VAT or sales tax. When an export&apos;s prices include VAT, gross and net sales include it too; to see sales without VAT, map the export&apos;s columns without it (often named net or ex. VAT) where it has them. An export that writes only prices with VAT keeps it in its sales: beside a till whose prices are without VAT, the two are not alike. A web shop&apos;s separate tax and shipping columns are not sales and are left out.</source>
        <translation>Beträge werden so übernommen, wie der Export sie schreibt: StoreLens rechnet weder Mehrwertsteuer noch Umsatzsteuer hinzu oder heraus. Enthalten die Preise eines Exports die Mehrwertsteuer (brutto), enthalten auch Brutto- und Nettoumsatz sie; für Umsätze ohne Mehrwertsteuer ordnen Sie die Spalten ohne sie zu (oft „netto“ genannt), wo der Export sie hat. Ein Export, der nur Preise mit Mehrwertsteuer schreibt, behält sie in seinen Umsätzen: neben einer Kasse mit Preisen ohne Mehrwertsteuer sind die beiden nicht gleichartig. Die eigenen Steuer- und Versandspalten eines Webshops sind kein Umsatz und bleiben außen vor.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="168"/>
        <source>When an export cannot give something (totals with shipping inside, order states it writes as ids, products it names by ids, discounts inside totals without a column of their own), the import says so, and so do the Overview, the tiles it touches and the report for as long as the workspace holds that source&apos;s orders: a figure that would only read 0, such as returns from an export that cannot mark them, shows &quot;No data&quot; with the reason. A file that reads fewer columns than the earlier files of its source (say the shop&apos;s default export after a profile of your own) is named on the Check step.</source>
        <translation>Wenn ein Export etwas nicht liefern kann (Summen mit Versand darin, Bestellstatus als IDs, Produkte als IDs, Rabatte in Summen ohne eigene Spalte), sagt der Import das, und ebenso die Übersicht, die betroffenen Kacheln und der Bericht, solange der Arbeitsbereich Bestellungen dieser Quelle enthält: Eine Zahl, die nur 0 lauten würde, etwa Retouren aus einem Export, der sie nicht kennzeichnen kann, zeigt „Keine Daten“ mit dem Grund. Eine Datei, die weniger Spalten liest als die früheren Dateien ihrer Quelle (etwa der Standardexport des Shops nach einem eigenen Profil), wird im Schritt Prüfen genannt.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="178"/>
        <source>A till&apos;s tips belong to the staff and deposits are paid back: neither is the store&apos;s sales. The Check step lists each SKU that looks like a fee or a tip with its lines and money, and asks whether it is a product, a fee that stays in sales but leaves the product rankings, or not sales at all, whose lines are not imported. Tips (Tip, Trinkgeld, Pourboire, Propina, …) are left out from the first check, in the import window and by storelens import alike, so that both give the same sales; choose &quot;Not a product: keep in sales&quot; to count a tip in sales. So are gift cards sold (Gift Card £50, Geschenkgutschein, Carte cadeau): a gift card becomes a sale when it is spent, and the purchase paid with it is already in your sales. The import&apos;s summary names what was left out, and a saved profile makes the same choices again.</source>
        <translation>Das Trinkgeld einer Kasse gehört dem Personal, Pfand wird zurückgezahlt: Beides ist kein Umsatz des Geschäfts. Der Prüfschritt listet jede Artikelnummer, die nach einer Gebühr oder nach Trinkgeld aussieht, mit ihren Zeilen und ihrem Betrag auf und fragt, ob sie ein Produkt ist, eine Gebühr, die im Umsatz bleibt, aber die Produktranglisten verlässt, oder gar kein Umsatz, dessen Zeilen nicht importiert werden. Trinkgeld (Tip, Trinkgeld, Pourboire, Propina, …) wird von der ersten Prüfung an herausgelassen, im Importfenster wie bei storelens import, sodass beide denselben Umsatz ergeben; wählen Sie „Kein Produkt: im Umsatz behalten“, um ein Trinkgeld im Umsatz zu zählen. Ebenso verkaufte Gutscheine (Gift Card £50, Geschenkgutschein, Carte cadeau): Ein Gutschein wird zum Umsatz, wenn er eingelöst wird, und der damit bezahlte Einkauf ist bereits in Ihrem Umsatz. Die Zusammenfassung des Imports nennt, was herausgelassen wurde, und ein gespeichertes Profil trifft dieselbe Wahl wieder.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="200"/>
        <source>A column that marks each line as voided with yes or no (Toast&apos;s Void? True or False, Voided, Is Void) is read as &quot;Voided&quot;: its lines marked yes were taken off before payment and are left out, as unpaid ones are, and the Check step names how many there were and their money. A customer ID column that is empty on every row (a web shop&apos;s guest checkouts) is not chosen: the e-mail address then tells the customers apart.</source>
        <translation>Eine Spalte, die jede Zeile mit Ja oder Nein als storniert markiert (Toasts Void? True oder False, Voided, Is Void), wird als „Storniert“ gelesen: Ihre mit Ja markierten Zeilen wurden vor der Zahlung entfernt und werden wie unbezahlte ausgelassen; der Schritt „Prüfen“ nennt ihre Anzahl und ihren Betrag. Eine Kunden-ID-Spalte, die in jeder Zeile leer ist (Gastbestellungen eines Webshops), wird nicht gewählt: Dann unterscheidet die E-Mail-Adresse die Kunden.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="209"/>
        <source>Export styles StoreLens recognises</source>
        <translation>Exportformate, die StoreLens erkennt</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="210"/>
        <source>Shopify order export</source>
        <translation>Shopify-Bestellexport</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="212"/>
        <source>One row per line item. &lt;i&gt;Name&lt;/i&gt; is the order, &lt;i&gt;Lineitem sku&lt;/i&gt;, &lt;i&gt;Lineitem quantity&lt;/i&gt; and &lt;i&gt;Lineitem price&lt;/i&gt; the line; &lt;i&gt;Discount Amount&lt;/i&gt;, given once per order, is spread over the order&apos;s lines to the cent. &lt;i&gt;Shipping&lt;/i&gt; is not sales and is left out (the import says so). Refunded or cancelled orders become sales and returns.</source>
        <translation>Eine Zeile pro Position. &lt;i&gt;Name&lt;/i&gt; ist die Bestellung, &lt;i&gt;Lineitem sku&lt;/i&gt;, &lt;i&gt;Lineitem quantity&lt;/i&gt; und &lt;i&gt;Lineitem price&lt;/i&gt; sind die Zeile; &lt;i&gt;Discount Amount&lt;/i&gt;, einmal pro Bestellung angegeben, wird centgenau auf die Zeilen der Bestellung verteilt. &lt;i&gt;Shipping&lt;/i&gt; ist kein Umsatz und wird ausgelassen (der Import sagt es). Erstattete oder stornierte Bestellungen werden zu Verkäufen und Retouren.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="218"/>
        <source>Squarespace orders</source>
        <translation>Squarespace-Bestellungen</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="220"/>
        <source>One row per line item (Commerce › Orders › Download CSV), with the columns of Shopify&apos;s export. &lt;i&gt;Order ID&lt;/i&gt; is the order; its date, e-mail and status are on its first row only, and its other rows take them from there. &lt;i&gt;Discount Amount&lt;/i&gt; is the order&apos;s discount, spread over its lines; &lt;i&gt;Shipping&lt;/i&gt; and &lt;i&gt;Taxes&lt;/i&gt; are not sales and are left out. Refunded orders become sales and returns, and &lt;i&gt;Amount Refunded&lt;/i&gt; counts a partial refund. The source is &lt;i&gt;Squarespace&lt;/i&gt;.</source>
        <translation>Eine Zeile pro Position (Commerce › Bestellungen › CSV herunterladen), mit den Spalten des Shopify-Exports. &lt;i&gt;Order ID&lt;/i&gt; ist die Bestellung; ihr Datum, ihre E-Mail-Adresse und ihr Status stehen nur in ihrer ersten Zeile, ihre weiteren Zeilen übernehmen sie von dort. &lt;i&gt;Discount Amount&lt;/i&gt; ist der Rabatt der Bestellung und wird auf ihre Zeilen verteilt; &lt;i&gt;Shipping&lt;/i&gt; und &lt;i&gt;Taxes&lt;/i&gt; sind kein Umsatz und werden ausgelassen. Erstattete Bestellungen werden zu Verkäufen und Retouren, und &lt;i&gt;Amount Refunded&lt;/i&gt; zählt eine Teilerstattung. Die Quelle ist &lt;i&gt;Squarespace&lt;/i&gt;.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="228"/>
        <source>Square Online orders</source>
        <translation>Square-Online-Bestellungen</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="230"/>
        <source>One row per item (Square Dashboard › Orders › Export). &lt;i&gt;Order&lt;/i&gt; is the order, &lt;i&gt;Recipient Email&lt;/i&gt; the customer and &lt;i&gt;Item Total Price&lt;/i&gt; the line. The export names no coupon: the sum of an order&apos;s items less its &lt;i&gt;Order Subtotal&lt;/i&gt; is its discount, spread over its lines. Canceled orders become sales and returns, and &lt;i&gt;Order Refunded Amount&lt;/i&gt; counts a refund. Shipping and tax are not sales. Where the prices include VAT, as in the UK, the export has no price without it: this source&apos;s sales include VAT, and the tiles say so. The source is &lt;i&gt;Square Online&lt;/i&gt;.</source>
        <translation>Eine Zeile je Artikel (Square Dashboard › Bestellungen › Exportieren). &lt;i&gt;Order&lt;/i&gt; ist die Bestellung, &lt;i&gt;Recipient Email&lt;/i&gt; der Kunde und &lt;i&gt;Item Total Price&lt;/i&gt; die Position. Der Export nennt keinen Gutschein: Die Summe der Artikel einer Bestellung abzüglich ihres &lt;i&gt;Order Subtotal&lt;/i&gt; ist ihr Rabatt und wird auf ihre Positionen verteilt. Stornierte Bestellungen (Canceled) werden zu Verkäufen und Retouren, und &lt;i&gt;Order Refunded Amount&lt;/i&gt; zählt eine Erstattung. Versand und Steuer sind kein Umsatz. Enthalten die Preise die Mehrwertsteuer, wie im Vereinigten Königreich, hat der Export keinen Preis ohne sie: Die Umsätze dieser Quelle enthalten die Mehrwertsteuer, und die Kacheln sagen es. Die Quelle ist &lt;i&gt;Square Online&lt;/i&gt;.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="240"/>
        <source>WooCommerce order export</source>
        <translation>WooCommerce-Bestellexport</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="242"/>
        <source>One row per line item with the order number, product, quantity and line total; the order status marks refunds.</source>
        <translation>Eine Zeile pro Position mit Bestellnummer, Produkt, Menge und Zeilensumme; der Bestellstatus kennzeichnet Erstattungen.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="245"/>
        <source>BigCommerce order export</source>
        <translation>BigCommerce-Bestellexport</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="247"/>
        <source>One row per order: each item of its &lt;i&gt;Product Details&lt;/i&gt; cell becomes a line, &lt;i&gt;Subtotal (ex tax)&lt;/i&gt; is the order&apos;s sales, &lt;i&gt;Discount Amount&lt;/i&gt; is spread over its lines, and a &lt;i&gt;Refund Amount&lt;/i&gt; on an order not marked refunded is a return.</source>
        <translation>Eine Zeile je Bestellung: Jeder Artikel ihrer Zelle &lt;i&gt;Product Details&lt;/i&gt; wird eine Bestellzeile, &lt;i&gt;Subtotal (ex tax)&lt;/i&gt; ist der Umsatz der Bestellung, &lt;i&gt;Discount Amount&lt;/i&gt; wird auf ihre Zeilen verteilt, und ein &lt;i&gt;Refund Amount&lt;/i&gt; bei einer nicht als erstattet markierten Bestellung ist eine Retoure.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="252"/>
        <source>Odoo Point of Sale order lines</source>
        <translation>Odoo-Kasse (Point of Sale): Bestellzeilen</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="254"/>
        <source>One row per line; &lt;i&gt;Point of Sale&lt;/i&gt; is the store, &lt;i&gt;Discount (%)&lt;/i&gt; a percentage and &lt;i&gt;Subtotal&lt;/i&gt; the line&apos;s amount after it. A refund is an order of its own with negative quantities.</source>
        <translation>Eine Zeile pro Position; &lt;i&gt;Point of Sale&lt;/i&gt; ist die Filiale, &lt;i&gt;Discount (%)&lt;/i&gt; ein Prozentsatz und &lt;i&gt;Subtotal&lt;/i&gt; der Betrag der Zeile danach. Eine Erstattung ist eine eigene Bestellung mit negativen Mengen.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="258"/>
        <source>Magento orders grid export</source>
        <translation>Magento-Export des Bestellrasters</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="260"/>
        <source>One row per order (Sales › Orders › Export › CSV): &lt;i&gt;ID&lt;/i&gt; is the order number, &lt;i&gt;Purchase Point&lt;/i&gt; the store view, &lt;i&gt;Subtotal&lt;/i&gt; the order&apos;s sales before discounts (the grid has no discount column) and &lt;i&gt;Total Refunded&lt;/i&gt; its refunds. Import each new export into the same workspace: orders it already holds are updated, not counted twice.</source>
        <translation>Eine Zeile je Bestellung (Verkäufe › Bestellungen › Exportieren › CSV): &lt;i&gt;ID&lt;/i&gt; ist die Bestellnummer, &lt;i&gt;Purchase Point&lt;/i&gt; die Store-Ansicht, &lt;i&gt;Subtotal&lt;/i&gt; der Umsatz der Bestellung vor Rabatten (das Raster hat keine Rabattspalte) und &lt;i&gt;Total Refunded&lt;/i&gt; ihre Erstattungen. Importieren Sie jeden neuen Export in denselben Arbeitsbereich: Bestellungen, die er schon enthält, werden aktualisiert, nicht doppelt gezählt.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="266"/>
        <source>Shopware 6 orders</source>
        <translation>Shopware-6-Bestellungen</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="268"/>
        <source>One row per order (Settings › Import/Export › Export, profile &quot;Default orders&quot;): &lt;i&gt;amount_total&lt;/i&gt; is the order&apos;s total with tax and shipping, so net sales include shipping. Its order states and sales channels are internal ids, so cancelled orders count as sales and every order as online. For better figures, make a profile of your own for orders with the fields &lt;i&gt;orderNumber&lt;/i&gt;, &lt;i&gt;orderDateTime&lt;/i&gt;, &lt;i&gt;orderCustomer.email&lt;/i&gt;, &lt;i&gt;orderCustomer.firstName&lt;/i&gt;, &lt;i&gt;orderCustomer.lastName&lt;/i&gt;, &lt;i&gt;salesChannel.name&lt;/i&gt;, &lt;i&gt;amountTotal&lt;/i&gt; and &lt;i&gt;transactions.stateMachineState.technicalName&lt;/i&gt; (the payment&apos;s state): StoreLens then reads the channels, and cancelled and refunded orders as returns.</source>
        <translation>Eine Zeile je Bestellung (Einstellungen › Import/Export › Export, Profil „Standardprofil Bestellungen“): &lt;i&gt;amount_total&lt;/i&gt; ist die Gesamtsumme der Bestellung mit Steuer und Versand, der Nettoumsatz enthält also den Versand. Bestellstatus und Verkaufskanäle stehen dort nur als interne IDs, daher zählen stornierte Bestellungen als Verkäufe und jede Bestellung als online. Für bessere Zahlen legen Sie ein eigenes Profil für Bestellungen mit den Feldern &lt;i&gt;orderNumber&lt;/i&gt;, &lt;i&gt;orderDateTime&lt;/i&gt;, &lt;i&gt;orderCustomer.email&lt;/i&gt;, &lt;i&gt;orderCustomer.firstName&lt;/i&gt;, &lt;i&gt;orderCustomer.lastName&lt;/i&gt;, &lt;i&gt;salesChannel.name&lt;/i&gt;, &lt;i&gt;amountTotal&lt;/i&gt; und &lt;i&gt;transactions.stateMachineState.technicalName&lt;/i&gt; (der Zahlungsstatus) an: Dann liest StoreLens die Verkaufskanäle und zählt stornierte und erstattete Bestellungen als Retouren.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="280"/>
        <source>PrestaShop orders</source>
        <translation>PrestaShop-Bestellungen</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="282"/>
        <source>One row per order (Orders › Export), in the back office&apos;s language: &lt;i&gt;ID&lt;/i&gt; is the order, &lt;i&gt;Total&lt;/i&gt; its total with tax and shipping, &lt;i&gt;Delivery&lt;/i&gt; the country and &lt;i&gt;Status&lt;/i&gt; its state. Cancelled and refunded orders become sales and returns, orders never paid (awaiting a bank wire or a cheque, payment errors) are left out. The list names customers only as &quot;A. Fabre&quot;, which can be several people, so its orders count as guest sales; it names no products.</source>
        <translation>Eine Zeile je Bestellung (Bestellungen › Exportieren), in der Sprache des Backoffice: &lt;i&gt;ID&lt;/i&gt; ist die Bestellung, &lt;i&gt;Total&lt;/i&gt; ihre Summe mit Steuer und Versand, &lt;i&gt;Lieferung&lt;/i&gt; das Land und &lt;i&gt;Status&lt;/i&gt; ihr Zustand. Stornierte und erstattete Bestellungen werden Verkäufe und Retouren, nie bezahlte Bestellungen (Warten auf Überweisung oder Scheck, Zahlungsfehler) bleiben außen vor. Die Liste nennt Kunden nur als „A. Fabre“, was mehrere Personen sein können, daher zählen ihre Bestellungen als Gastverkäufe; Produkte nennt sie keine.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="291"/>
        <source>Etsy sold order items</source>
        <translation>Etsy „Sold Order Items“</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="293"/>
        <source>One row per item; the order&apos;s &lt;i&gt;Discount Amount&lt;/i&gt;, repeated on each item row, is spread once over the order&apos;s lines.</source>
        <translation>Eine Zeile je Artikel; der &lt;i&gt;Discount Amount&lt;/i&gt; der Bestellung, der auf jeder Artikelzeile wiederholt wird, wird einmal auf die Zeilen der Bestellung verteilt.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="296"/>
        <source>eBay orders report</source>
        <translation>eBay-Bestellbericht</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="298"/>
        <source>One row per item (Seller Hub › Orders › Download); the line of commas above the header is skipped. &lt;i&gt;Order Number&lt;/i&gt; is the order, &lt;i&gt;Buyer Email&lt;/i&gt; the customer, &lt;i&gt;Custom Label&lt;/i&gt; the SKU (else the &lt;i&gt;Item Number&lt;/i&gt;) and &lt;i&gt;Sold For&lt;/i&gt; the unit price. An order of several items has a summary row with its shipping and no item: it is left out, as is the footer. Shipping is not sales. The report has no refunds: eBay lists them in its Transaction report. The source is &lt;i&gt;eBay&lt;/i&gt;.</source>
        <translation>Eine Zeile je Artikel (Seller Hub › Bestellungen › Herunterladen); die Zeile aus Kommas über der Kopfzeile wird übersprungen. &lt;i&gt;Order Number&lt;/i&gt; ist die Bestellung, &lt;i&gt;Buyer Email&lt;/i&gt; der Kunde, &lt;i&gt;Custom Label&lt;/i&gt; die Artikelnummer (sonst die &lt;i&gt;Item Number&lt;/i&gt;) und &lt;i&gt;Sold For&lt;/i&gt; der Stückpreis. Eine Bestellung mit mehreren Artikeln hat eine Zusammenfassungszeile mit ihrem Versand und ohne Artikel: Sie wird ausgelassen, ebenso die Fußzeilen. Versand ist kein Umsatz. Der Bericht enthält keine Erstattungen: eBay führt sie in seinem Transaktionsbericht. Die Quelle ist &lt;i&gt;eBay&lt;/i&gt;.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="306"/>
        <source>Amazon All Orders report</source>
        <translation>Amazon-Bericht „Alle Bestellungen“</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="308"/>
        <source>One row per item (Seller Central › Reports › Fulfillment › All Orders, tab-separated). &lt;i&gt;amazon-order-id&lt;/i&gt; is the order, &lt;i&gt;item-price&lt;/i&gt; the line&apos;s amount for its quantity before &lt;i&gt;item-promotion-discount&lt;/i&gt;, the line&apos;s discount. A line whose &lt;i&gt;order-status&lt;/i&gt; or &lt;i&gt;item-status&lt;/i&gt; is Cancelled becomes a sale and a return; Pending orders are not paid yet and are left out. Shipping and tax are not sales. The report names no buyer, so its orders are guest sales. The source is &lt;i&gt;Amazon&lt;/i&gt;.</source>
        <translation>Eine Zeile je Artikel (Seller Central › Berichte › Versand › Alle Bestellungen, durch Tabulatoren getrennt). &lt;i&gt;amazon-order-id&lt;/i&gt; ist die Bestellung, &lt;i&gt;item-price&lt;/i&gt; der Betrag der Zeile für ihre Menge vor &lt;i&gt;item-promotion-discount&lt;/i&gt;, dem Rabatt der Zeile. Eine Zeile, deren &lt;i&gt;order-status&lt;/i&gt; oder &lt;i&gt;item-status&lt;/i&gt; Cancelled ist, wird zu einem Verkauf und einer Retoure; Pending-Bestellungen sind noch nicht bezahlt und werden ausgelassen. Versand und Steuer sind kein Umsatz. Der Bericht nennt keinen Käufer, daher sind seine Bestellungen Gastverkäufe. Die Quelle ist &lt;i&gt;Amazon&lt;/i&gt;.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="316"/>
        <source>eBay transaction report</source>
        <translation>eBay-Transaktionsbericht</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="318"/>
        <source>Payments › Reports › Transaction report: eBay&apos;s refunds. Import it after the orders report, into the same source. Each &lt;i&gt;Refund&lt;/i&gt; row is a return on its &lt;i&gt;Order number&lt;/i&gt;, on the refund&apos;s day, up to the order&apos;s sales (the shipping refunded is not sales). Payouts, fees, shipping labels and the report&apos;s order rows are left out and counted. A refund of an order StoreLens does not hold is rejected.</source>
        <translation>Zahlungen › Berichte › Transaktionsbericht: die Erstattungen bei eBay. Importieren Sie ihn nach dem Bestellbericht in dieselbe Quelle. Jede Zeile &lt;i&gt;Refund&lt;/i&gt; ist eine Retoure ihrer &lt;i&gt;Order number&lt;/i&gt; am Tag der Erstattung, höchstens in Höhe des Umsatzes der Bestellung (erstatteter Versand ist kein Umsatz). Auszahlungen, Gebühren, Versandetiketten und die Bestellzeilen des Berichts werden ausgelassen und gezählt. Die Erstattung einer Bestellung, die StoreLens nicht enthält, wird abgelehnt.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="325"/>
        <source>Wix Stores orders</source>
        <translation>Wix-Stores-Bestellungen</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="327"/>
        <source>One row per item (Sales › Orders › Export): &lt;i&gt;Order number&lt;/i&gt; is the order, &lt;i&gt;Item&lt;/i&gt;, &lt;i&gt;SKU&lt;/i&gt;, &lt;i&gt;Qty&lt;/i&gt; and &lt;i&gt;Price&lt;/i&gt; the line, &lt;i&gt;Contact email&lt;/i&gt; the customer. &lt;i&gt;Refunded&lt;/i&gt; and &lt;i&gt;Canceled&lt;/i&gt; orders are a sale and a return, &lt;i&gt;Not paid&lt;/i&gt; ones are left out; shipping and tax are not sales. The export names each order&apos;s coupon but not its amount: StoreLens works it out from the order&apos;s &lt;i&gt;Total&lt;/i&gt; and spreads it over the order&apos;s lines. Orders where the file does not tell keep no discount, and the import and the tiles say how many. The source is &lt;i&gt;Wix&lt;/i&gt;.</source>
        <translation>Eine Zeile je Artikel (Verkäufe › Bestellungen › Exportieren): &lt;i&gt;Order number&lt;/i&gt; ist die Bestellung, &lt;i&gt;Item&lt;/i&gt;, &lt;i&gt;SKU&lt;/i&gt;, &lt;i&gt;Qty&lt;/i&gt; und &lt;i&gt;Price&lt;/i&gt; die Position, &lt;i&gt;Contact email&lt;/i&gt; der Kunde. Bestellungen mit &lt;i&gt;Refunded&lt;/i&gt; und &lt;i&gt;Canceled&lt;/i&gt; sind ein Verkauf und eine Retoure, solche mit &lt;i&gt;Not paid&lt;/i&gt; bleiben außen vor; Versand und Steuern sind kein Umsatz. Der Export nennt den Gutschein jeder Bestellung, aber nicht seinen Betrag: StoreLens errechnet ihn aus dem &lt;i&gt;Total&lt;/i&gt; der Bestellung und verteilt ihn auf ihre Positionen. Bestellungen, bei denen die Datei das nicht hergibt, behalten keinen Rabatt, und der Import und die Kacheln sagen, wie viele es sind. Die Quelle ist &lt;i&gt;Wix&lt;/i&gt;.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="338"/>
        <source>Tiendanube and Nuvemshop orders</source>
        <translation>Tiendanube- und Nuvemshop-Bestellungen</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="340"/>
        <source>One row per product (Ventas › Exportar, in Spanish or Portuguese): &lt;i&gt;Número de orden&lt;/i&gt; is the order, &lt;i&gt;Nombre del producto&lt;/i&gt;, &lt;i&gt;Precio del producto&lt;/i&gt; and &lt;i&gt;Cantidad del producto&lt;/i&gt; the line, &lt;i&gt;Email&lt;/i&gt; the customer and &lt;i&gt;Teléfono&lt;/i&gt; their phone number. &lt;i&gt;Descuento&lt;/i&gt;, the order&apos;s discount repeated on each row, is spread once over its lines. The payment&apos;s state (&lt;i&gt;Estado del pago&lt;/i&gt;) decides: &lt;i&gt;Pendiente&lt;/i&gt; (a bank transfer not yet paid) is left out, &lt;i&gt;Cancelado&lt;/i&gt; and &lt;i&gt;Reembolsado&lt;/i&gt; are a sale and a return, &lt;i&gt;Parcialmente reembolsado&lt;/i&gt; is a sale whose refund is in no column. &lt;i&gt;Total&lt;/i&gt;, &lt;i&gt;Subtotal de productos&lt;/i&gt;, &lt;i&gt;Costo de envío&lt;/i&gt; and &lt;i&gt;Canal&lt;/i&gt; (the buyer&apos;s device) are not read. The source is &lt;i&gt;Tiendanube&lt;/i&gt;.</source>
        <translation>Eine Zeile je Produkt (Ventas › Exportar, auf Spanisch oder Portugiesisch): &lt;i&gt;Número de orden&lt;/i&gt; ist die Bestellung, &lt;i&gt;Nombre del producto&lt;/i&gt;, &lt;i&gt;Precio del producto&lt;/i&gt; und &lt;i&gt;Cantidad del producto&lt;/i&gt; die Position, &lt;i&gt;Email&lt;/i&gt; der Kunde und &lt;i&gt;Teléfono&lt;/i&gt; seine Telefonnummer. &lt;i&gt;Descuento&lt;/i&gt;, der auf jeder Zeile wiederholte Rabatt der Bestellung, wird einmal auf ihre Positionen verteilt. Es entscheidet der Zahlungsstatus (&lt;i&gt;Estado del pago&lt;/i&gt;): &lt;i&gt;Pendiente&lt;/i&gt; (eine noch nicht bezahlte Überweisung) bleibt außen vor, &lt;i&gt;Cancelado&lt;/i&gt; und &lt;i&gt;Reembolsado&lt;/i&gt; sind ein Verkauf und eine Retoure, &lt;i&gt;Parcialmente reembolsado&lt;/i&gt; ist ein Verkauf, dessen Erstattung in keiner Spalte steht. &lt;i&gt;Total&lt;/i&gt;, &lt;i&gt;Subtotal de productos&lt;/i&gt;, &lt;i&gt;Costo de envío&lt;/i&gt; und &lt;i&gt;Canal&lt;/i&gt; (das Gerät des Käufers) werden nicht gelesen. Die Quelle ist &lt;i&gt;Tiendanube&lt;/i&gt;.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="353"/>
        <source>Square item sales</source>
        <translation>Square-Artikelverkäufe</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="355"/>
        <source>Date, time, transaction id, item, quantity, gross and net sales. A refund row with a negative amount is a return.</source>
        <translation>Datum, Uhrzeit, Transaktions-ID, Artikel, Menge, Brutto- und Nettoumsatz. Eine Erstattungszeile mit negativem Betrag ist eine Retoure.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="358"/>
        <source>SumUp sales report</source>
        <translation>SumUp-Verkaufsbericht</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="360"/>
        <source>One row per item sold or refunded (Sales › Reports, in French &quot;Rapport des ventes&quot;): &lt;i&gt;Transaction ID&lt;/i&gt; (&lt;i&gt;Numéro de transaction&lt;/i&gt;) is the sale, &lt;i&gt;Description&lt;/i&gt; the product and &lt;i&gt;Price (Gross)&lt;/i&gt; (&lt;i&gt;Prix (TTC)&lt;/i&gt;) the line&apos;s amount after &lt;i&gt;Discount&lt;/i&gt; (&lt;i&gt;Remise&lt;/i&gt;), with tax. A &lt;i&gt;Refund&lt;/i&gt; (&lt;i&gt;Remboursement&lt;/i&gt;) row is a return of its items on the refund&apos;s day. The lines are sold in the store, from the source SumUp; the report names no customer.</source>
        <translation>Eine Zeile je verkauftem oder erstattetem Artikel (Verkäufe › Berichte, auf Französisch „Rapport des ventes“): &lt;i&gt;Transaction ID&lt;/i&gt; (&lt;i&gt;Numéro de transaction&lt;/i&gt;) ist der Verkauf, &lt;i&gt;Description&lt;/i&gt; das Produkt und &lt;i&gt;Price (Gross)&lt;/i&gt; (&lt;i&gt;Prix (TTC)&lt;/i&gt;) der Betrag der Zeile nach &lt;i&gt;Discount&lt;/i&gt; (&lt;i&gt;Remise&lt;/i&gt;), mit Steuer. Eine Zeile &lt;i&gt;Refund&lt;/i&gt; (&lt;i&gt;Remboursement&lt;/i&gt;) ist eine Retoure ihrer Artikel am Tag der Erstattung. Die Zeilen sind im Geschäft verkauft, aus der Quelle SumUp; der Bericht nennt keinen Kunden.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="369"/>
        <source>Loyverse receipts by item</source>
        <translation>Loyverse-Belege nach Artikel</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="371"/>
        <source>One row per item (Reports › Receipts › Export › Receipts by item), in Spanish or English: &lt;i&gt;Receipt number&lt;/i&gt; (&lt;i&gt;Número de recibo&lt;/i&gt;) is the sale, &lt;i&gt;Item&lt;/i&gt; (&lt;i&gt;Artículo&lt;/i&gt;) the product, &lt;i&gt;Store&lt;/i&gt; (&lt;i&gt;Tienda&lt;/i&gt;) the shop and &lt;i&gt;Gross sales&lt;/i&gt; (&lt;i&gt;Ventas brutas&lt;/i&gt;) the line&apos;s amount before &lt;i&gt;Discounts&lt;/i&gt; (&lt;i&gt;Descuentos&lt;/i&gt;). A &lt;i&gt;Refund&lt;/i&gt; (&lt;i&gt;Reembolso&lt;/i&gt;) receipt is a return on its day; a &lt;i&gt;Cancelled&lt;/i&gt; (&lt;i&gt;Cancelado&lt;/i&gt;) receipt is a sale and a return. &lt;i&gt;Customer contacts&lt;/i&gt; (&lt;i&gt;Contactos del cliente&lt;/i&gt;) tells the loyalty customers apart and is not read as an e-mail address. Not read: &lt;i&gt;Cost of goods&lt;/i&gt;, the whole line&apos;s cost (StoreLens takes a unit cost, so gross margin is not shown), &lt;i&gt;Variant&lt;/i&gt; (each variant&apos;s SKU is a product of its own), the till and the cashier.</source>
        <translation>Eine Zeile je Artikel (Berichte › Belege › Exportieren › Belege nach Artikel), auf Spanisch oder Englisch: &lt;i&gt;Receipt number&lt;/i&gt; (&lt;i&gt;Número de recibo&lt;/i&gt;) ist der Verkauf, &lt;i&gt;Item&lt;/i&gt; (&lt;i&gt;Artículo&lt;/i&gt;) das Produkt, &lt;i&gt;Store&lt;/i&gt; (&lt;i&gt;Tienda&lt;/i&gt;) das Geschäft und &lt;i&gt;Gross sales&lt;/i&gt; (&lt;i&gt;Ventas brutas&lt;/i&gt;) der Betrag der Zeile vor &lt;i&gt;Discounts&lt;/i&gt; (&lt;i&gt;Descuentos&lt;/i&gt;). Ein Beleg &lt;i&gt;Refund&lt;/i&gt; (&lt;i&gt;Reembolso&lt;/i&gt;) ist eine Retoure an seinem Tag; ein Beleg &lt;i&gt;Cancelled&lt;/i&gt; (&lt;i&gt;Cancelado&lt;/i&gt;) ist ein Verkauf und eine Retoure. &lt;i&gt;Customer contacts&lt;/i&gt; (&lt;i&gt;Contactos del cliente&lt;/i&gt;) unterscheidet die Kunden des Treueprogramms und wird nicht als E-Mail-Adresse gelesen. Nicht gelesen: &lt;i&gt;Cost of goods&lt;/i&gt;, die Kosten der ganzen Zeile (StoreLens erwartet Stückkosten, daher wird keine Bruttomarge gezeigt), &lt;i&gt;Variant&lt;/i&gt; (die SKU jeder Variante ist ein eigenes Produkt), die Kasse und der Kassierer.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="384"/>
        <source>Clover line items</source>
        <translation>Clover-Positionen</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="386"/>
        <source>One row per item (Transactions › Line Items › Export). &lt;i&gt;Item Total&lt;/i&gt; is the line&apos;s amount after the order&apos;s discounts and before VAT; &lt;i&gt;Per Unit Quantity&lt;/i&gt; is the weight of goods sold by weight, and blank for one piece. &lt;i&gt;Open&lt;/i&gt; orders were never paid and are left out; a line marked &lt;i&gt;Refunded&lt;/i&gt; is a sale and a return on the order&apos;s day; &lt;i&gt;Service Charge&lt;/i&gt; lines are not sales and are left out. The lines are sold in the store, from the source Clover; the export names no customer.</source>
        <translation>Eine Zeile je Artikel (Transaktionen › Positionen › Exportieren). &lt;i&gt;Item Total&lt;/i&gt; ist der Betrag der Position nach den Rabatten der Bestellung und vor der Mehrwertsteuer; &lt;i&gt;Per Unit Quantity&lt;/i&gt; ist das Gewicht von Waren, die nach Gewicht verkauft werden, und leer für ein Stück. Bestellungen &lt;i&gt;Open&lt;/i&gt; wurden nie bezahlt und werden ausgelassen; eine als &lt;i&gt;Refunded&lt;/i&gt; markierte Position ist ein Verkauf und eine Retoure am Tag der Bestellung; Positionen &lt;i&gt;Service Charge&lt;/i&gt; sind kein Umsatz und werden ausgelassen. Die Positionen werden im Geschäft verkauft, aus der Quelle Clover; der Export nennt keinen Kunden.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="394"/>
        <source>Lightspeed sales lines</source>
        <translation>Lightspeed-Verkaufszeilen</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="395"/>
        <source>Sale id, line, item, quantity and totals per line.</source>
        <translation>Verkaufs-ID, Zeile, Artikel, Menge und Summen pro Zeile.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="397"/>
        <source>ERP line exports</source>
        <translation>ERP-Zeilenexporte</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="399"/>
        <source>Invoice number, stock code, quantity, unit price, invoice date and customer id (the layout of many ERP and accounting systems, such as the &lt;i&gt;Online Retail&lt;/i&gt; data set). An invoice number starting with &lt;i&gt;C&lt;/i&gt; is a cancellation, so its lines are returns.</source>
        <translation>Rechnungsnummer, Artikelnummer, Menge, Stückpreis, Rechnungsdatum und Kundennummer (das Layout vieler ERP- und Buchhaltungssysteme, etwa des Datensatzes &lt;i&gt;Online Retail&lt;/i&gt;). Eine Rechnungsnummer, die mit &lt;i&gt;C&lt;/i&gt; beginnt, ist eine Stornierung; ihre Zeilen sind daher Retouren.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="404"/>
        <source>German till exports</source>
        <translation>Deutsche Kassenexporte</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="406"/>
        <source>Receipt number (&lt;i&gt;Bon-Nr.&lt;/i&gt;, &lt;i&gt;Beleg-Nr.&lt;/i&gt;), customer number, article number, product group (&lt;i&gt;Warengruppe&lt;/i&gt;), quantity, unit price, discount (&lt;i&gt;Rabatt&lt;/i&gt;, or &lt;i&gt;Rabatt €&lt;/i&gt; beside &lt;i&gt;Rabatt %&lt;/i&gt;) and the line&apos;s total (&lt;i&gt;Gesamtbetrag&lt;/i&gt;, &lt;i&gt;Gesamt brutto&lt;/i&gt;), which is taken as the line&apos;s amount to the cent, with decimal commas and German month names. A Storno line (negative quantity) returns its sale, discount included.</source>
        <translation>Bonnummer (&lt;i&gt;Bon-Nr.&lt;/i&gt;, &lt;i&gt;Beleg-Nr.&lt;/i&gt;), Kundennummer, Artikelnummer, Warengruppe, Menge, Einzelpreis, Rabatt (&lt;i&gt;Rabatt&lt;/i&gt;, oder &lt;i&gt;Rabatt €&lt;/i&gt; neben &lt;i&gt;Rabatt %&lt;/i&gt;) und der Betrag der Zeile (&lt;i&gt;Gesamtbetrag&lt;/i&gt;, &lt;i&gt;Gesamt brutto&lt;/i&gt;), der centgenau als Betrag der Zeile übernommen wird, mit Dezimalkomma und deutschen Monatsnamen. Eine Stornozeile (negative Menge) nimmt ihren Verkauf samt Rabatt zurück.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="414"/>
        <source>DSFinV-K receipts (transactions.csv)</source>
        <translation>DSFinV-K-Belege (transactions.csv)</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="416"/>
        <source>A German till&apos;s DSFinV-K export, its receipts file &lt;i&gt;transactions.csv&lt;/i&gt; (as orderbird and other tills write it): each receipt is an order, &lt;i&gt;BON_ID&lt;/i&gt; its number, &lt;i&gt;BON_ENDE&lt;/i&gt; its time (not &lt;i&gt;Z_ERSTELLUNG&lt;/i&gt;, the day&apos;s closing), &lt;i&gt;UMS_BRUTTO&lt;/i&gt; its amount with VAT and after its discounts, &lt;i&gt;KUNDE_ID&lt;/i&gt; and &lt;i&gt;KUNDE_NAME&lt;/i&gt; the customer and &lt;i&gt;KUNDE_LAND&lt;/i&gt; the country. Receipts that sold nothing (training, orders, transfers, cancelled or aborted receipts, cash moved into or out of the till) are left out and counted; a storno receipt of a negative amount is a return on its own day. The receipts name no products, and the import says so. The source is &lt;i&gt;DSFinV-K&lt;/i&gt;.</source>
        <translation>Der DSFinV-K-Export einer deutschen Kasse, seine Belegdatei &lt;i&gt;transactions.csv&lt;/i&gt; (wie orderbird und andere Kassen sie schreiben): Jeder Beleg ist eine Bestellung, &lt;i&gt;BON_ID&lt;/i&gt; seine Nummer, &lt;i&gt;BON_ENDE&lt;/i&gt; seine Uhrzeit (nicht &lt;i&gt;Z_ERSTELLUNG&lt;/i&gt;, der Tagesabschluss), &lt;i&gt;UMS_BRUTTO&lt;/i&gt; sein Betrag mit Mehrwertsteuer und nach seinen Rabatten, &lt;i&gt;KUNDE_ID&lt;/i&gt; und &lt;i&gt;KUNDE_NAME&lt;/i&gt; der Kunde und &lt;i&gt;KUNDE_LAND&lt;/i&gt; das Land. Belege, die nichts verkauft haben (Training, Bestellungen, Transfers, stornierte oder abgebrochene Belege, Bargeld, das in die Kasse oder aus ihr bewegt wurde), bleiben außen vor und werden gezählt; ein Stornobeleg mit negativem Betrag ist eine Retoure an seinem eigenen Tag. Die Belege nennen keine Produkte, und der Import sagt das. Die Quelle ist &lt;i&gt;DSFinV-K&lt;/i&gt;.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="428"/>
        <source>Plain till (POS) files</source>
        <translation>Einfache Kassendateien (POS)</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="430"/>
        <source>Any file with an order or receipt number, a product, a quantity and a price or line total. Without an order id each row is an order; without a price the file is imported after you confirm it and money figures say &quot;no prices imported&quot;.</source>
        <translation>Jede Datei mit einer Bestell- oder Bonnummer, einem Produkt, einer Menge und einem Preis oder einer Zeilensumme. Ohne Bestellnummer ist jede Zeile eine Bestellung; ohne Preis wird die Datei nach Ihrer Bestätigung importiert, und Geldwerte zeigen „keine Preise importiert“.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="435"/>
        <source>Purchase logs without a header</source>
        <translation>Kaufprotokolle ohne Kopfzeile</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="436"/>
        <source>Such as the CDNOW log: customer id, date, quantity and amount; the columns are recognised from their values.</source>
        <translation>Etwa das CDNOW-Protokoll: Kundennummer, Datum, Menge und Betrag; die Spalten werden an ihren Werten erkannt.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="440"/>
        <source>Customers, products and side tables</source>
        <translation>Kunden, Produkte und Zusatztabellen</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="442"/>
        <source>Customer lists (id, name, e-mail, phone, city, country, consent), product lists (SKU, name, category, cost), inventory snapshots, store traffic, staffing and marketing spend each have their own import.</source>
        <translation>Kundenlisten (Nummer, Name, E-Mail, Telefon, Ort, Land, Einwilligung), Produktlisten (Artikelnummer, Name, Kategorie, Kosten), Lagerbestände, Besucherzahlen, Personalbestand und Marketingausgaben haben jeweils einen eigenen Import.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="447"/>
        <source>One person in two files</source>
        <translation>Eine Person in zwei Dateien</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="449"/>
        <source>A till keys its customers by its own number, a web shop by e-mail address: one person becomes two customers. When a file&apos;s customers have the e-mail address or the phone number of another customer of the workspace (a phone only where one of the two has no address), the Check step counts them with an example, whichever file you imported first. &lt;b&gt;Count Each Person Once&lt;/b&gt; then gives each line that customer; the choice is kept in the import profile. Phone numbers are compared by their digits without the country code, and only from 7 digits; a number or address that two customers share matches neither.</source>
        <translation>Eine Kasse erkennt ihre Kunden an ihrer eigenen Nummer, ein Webshop an der E-Mail-Adresse: Aus einer Person werden zwei Kunden. Wenn die Kunden einer Datei die E-Mail-Adresse oder die Telefonnummer eines anderen Kunden des Arbeitsbereichs haben (die Telefonnummer nur, wenn einer der beiden keine Adresse hat), zählt der Schritt „Prüfen“ sie mit einem Beispiel, gleich welche Datei Sie zuerst importiert haben. &lt;b&gt;Jede Person einmal zählen&lt;/b&gt; gibt dann jeder Position diesen Kunden; die Wahl bleibt im Importprofil. Telefonnummern werden an ihren Ziffern ohne Ländervorwahl verglichen, und erst ab 7 Ziffern; eine Nummer oder Adresse, die zwei Kunden teilen, passt zu keinem von beiden.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="461"/>
        <source>Every import of order lines belongs to a &lt;i&gt;source&lt;/i&gt; (the till, the web shop): order 1001 of the till and order 1001 of the web shop are two orders. Importing an overlapping export again updates lines instead of doubling them. Tick &lt;b&gt;Replace&lt;/b&gt; when a new export is the truth for its days: lines of that source on those days that it no longer holds are removed. A file that holds only a few of its source&apos;s orders on its days looks like another till or shop: Replace is not offered for it, and the Check step offers to import it as a source of its own (such as &quot;Till 2&quot;). The command line refuses &lt;tt&gt;--replace&lt;/tt&gt; for such a file unless &lt;tt&gt;--replace-other-source&lt;/tt&gt; is given.</source>
        <translation>Jeder Import von Bestellzeilen gehört zu einer &lt;i&gt;Quelle&lt;/i&gt; (der Kasse, dem Webshop): Bestellung 1001 der Kasse und Bestellung 1001 des Webshops sind zwei Bestellungen. Wird ein überlappender Export erneut importiert, werden Zeilen aktualisiert statt verdoppelt. Setzen Sie ein Häkchen bei &lt;b&gt;Ersetzen&lt;/b&gt;, wenn ein neuer Export für seine Tage maßgeblich ist: Zeilen dieser Quelle an diesen Tagen, die er nicht mehr enthält, werden entfernt. Eine Datei, die an ihren Tagen nur wenige Bestellungen ihrer Quelle enthält, sieht nach einer anderen Kasse oder einem anderen Shop aus: Für sie wird Ersetzen nicht angeboten, und der Schritt „Prüfen“ bietet an, sie als eigene Quelle zu importieren (etwa „Kasse 2“). Die Befehlszeile lehnt &lt;tt&gt;--replace&lt;/tt&gt; für eine solche Datei ab, außer mit &lt;tt&gt;--replace-other-source&lt;/tt&gt;.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="482"/>
        <source>The Overview (Ctrl+1) shows the key figures of the period chosen in the filter bar. Each tile shows the value, the comparison period&apos;s value, the change (green when it is a change for the better, red when for the worse), a sparkline of the period and, when you set one, the target. Hover a tile for its formula with the exact numbers, or press Shift+F1 and click it for what it means. &lt;b&gt;Choose tiles…&lt;/b&gt; sets which tiles appear, in which order, and their targets.</source>
        <translation>Die Übersicht (Strg+1) zeigt die wichtigsten Zahlen des in der Filterleiste gewählten Zeitraums. Jede Kachel zeigt den Wert, den Wert des Vergleichszeitraums, die Veränderung (grün bei einer Verbesserung, rot bei einer Verschlechterung), eine Verlaufslinie des Zeitraums und, falls Sie eines festgelegt haben, das Ziel. Zeigen Sie mit der Maus auf eine Kachel, um ihre Formel mit den genauen Zahlen zu sehen, oder drücken Sie Umschalt+F1 und klicken Sie darauf, um zu erfahren, was sie bedeutet. &lt;b&gt;Kacheln wählen…&lt;/b&gt; legt fest, welche Kacheln in welcher Reihenfolge erscheinen und welche Ziele sie haben.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="491"/>
        <source>A tile judges a change only when it means something. &lt;b&gt;Not comparable&lt;/b&gt;: the comparison period holds too little data (the note under the heading says which). &lt;b&gt;Too early to tell&lt;/b&gt; on retention and churn: a customer counts as lost only after 365 days without buying (the activity window), so while the data reaches back less than that before the period, nobody can be lost yet and retention reads 100 %; the tile shows the value greyed and says how many days the data covers.</source>
        <translation>Eine Kachel bewertet eine Veränderung nur, wenn sie etwas bedeutet. &lt;b&gt;Nicht vergleichbar&lt;/b&gt;: Der Vergleichszeitraum enthält zu wenige Daten (der Hinweis unter der Überschrift sagt, welcher). &lt;b&gt;Noch zu früh&lt;/b&gt; bei Kundenbindung und Abwanderung: Ein Kunde gilt erst nach 365 Tagen ohne Kauf als verloren (das Aktivitätsfenster); solange die Daten vor dem Zeitraum weniger weit zurückreichen, kann noch niemand verloren sein, und die Kundenbindung zeigt 100 %. Die Kachel zeigt den Wert grau und sagt, wie viele Tage die Daten abdecken.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="576"/>
        <source>&lt;b&gt;Forget this customer…&lt;/b&gt; removes their personal data (name, e-mail, phone, address and every other field of their customer record) for good. Their purchases stay as guest purchases, so orders, net sales and units do not change; the number of customers drops by one. The removed data is also wiped from the workspace file. If you import an export that still holds the customer, they are imported again.</source>
        <translation>&lt;b&gt;Diesen Kunden vergessen…&lt;/b&gt; entfernt seine personenbezogenen Daten (Name, E-Mail, Telefon, Adresse und jedes andere Feld seines Kundendatensatzes) endgültig. Seine Käufe bleiben als Gastkäufe erhalten, sodass sich Bestellungen, Nettoumsatz und Artikel nicht ändern; die Zahl der Kunden sinkt um eins. Die entfernten Daten werden auch aus der Arbeitsbereichsdatei gelöscht. Wenn Sie einen Export importieren, der den Kunden noch enthält, wird er erneut importiert.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="624"/>
        <source>&lt;b&gt;File › Export Report…&lt;/b&gt; (Ctrl+Shift+E) writes a PDF for the owner: a title page with the period and the filters, the KPI table with comparisons and targets, trend charts, the cohort heatmap, RFM segments and grid, top products and categories, predicted CLV and an appendix that defines every figure. Choose A4 or Letter, portrait or landscape, and a weekly, monthly or quarterly preset. The report is written in the language chosen in &lt;b&gt;Edit › Preferences…&lt;/b&gt;.</source>
        <translation>&lt;b&gt;Datei › Bericht exportieren…&lt;/b&gt; (Strg+Umschalt+E) schreibt ein PDF für die Inhaberin oder den Inhaber: eine Titelseite mit dem Zeitraum und den Filtern, die KPI-Tabelle mit Vergleichen und Zielen, Trenddiagramme, die Kohorten-Heatmap, RFM-Segmente und -Raster, Top-Produkte und -Kategorien, den prognostizierten Kundenwert (CLV) und einen Anhang, der jede Zahl definiert. Wählen Sie A4 oder Letter, Hoch- oder Querformat und eine wöchentliche, monatliche oder vierteljährliche Vorlage. Der Bericht wird in der Sprache geschrieben, die unter &lt;b&gt;Bearbeiten › Einstellungen…&lt;/b&gt; gewählt ist.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="459"/>
        <source>Sources and re-imports</source>
        <translation>Quellen und erneute Importe</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="191"/>
        <source>A cancellation status StoreLens knows (Cancelled, Annulé, …) counts each of its lines as a sale and a return when the file lists each order once, as a web shop&apos;s does. On a till, where a receipt holds a voided line beside paid ones, a voided status (Anulado, Annulée, Stornato, Storniert, Geannuleerd) means taken off before payment: its lines are left out of sales. The Check step lists these statuses either way and lets you choose the other reading.</source>
        <translation>Ein Stornierungsstatus, den StoreLens kennt (Cancelled, Annulé, …), zählt jede seiner Zeilen als Verkauf und als Retoure, wenn die Datei jede Bestellung einmal aufführt, wie die eines Webshops. An einer Kasse, wo ein Beleg eine stornierte Zeile neben bezahlten enthält, bedeutet ein Stornostatus (Anulado, Annulée, Stornato, Storniert, Geannuleerd) „vor der Zahlung entfernt“: Seine Zeilen zählen nicht zum Umsatz. Der Schritt „Prüfen“ listet diese Status in beiden Fällen auf und lässt Sie die andere Lesart wählen.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="472"/>
        <source>The whole import is one step: if it fails or you cancel it, the workspace stays exactly as it was. You can save the column mapping as a profile; a file with the same columns goes straight to the check next time.</source>
        <translation>Der gesamte Import ist ein einziger Schritt: Schlägt er fehl oder brechen Sie ihn ab, bleibt der Arbeitsbereich genau so, wie er war. Sie können die Spaltenzuordnung als Profil speichern; eine Datei mit denselben Spalten geht beim nächsten Mal direkt zur Prüfung.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="478"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="500"/>
        <source>The charts show net sales over time against the comparison period, net sales by month against a year earlier, new and returning customers, and net sales by store, channel and category, with the top products. Right-click a chart (a tile&apos;s sparkline too) to copy it as an image, save it as PNG or SVG, or copy its figures for a spreadsheet.</source>
        <translation>Die Diagramme zeigen den Nettoumsatz im Zeitverlauf gegenüber dem Vergleichszeitraum, den Nettoumsatz nach Monat gegenüber dem Vorjahr, neue und wiederkehrende Kunden sowie den Nettoumsatz nach Filiale, Kanal und Kategorie mit den Top-Produkten. Klicken Sie mit der rechten Maustaste auf ein Diagramm (auch auf die Verlaufslinie einer Kachel), um es als Bild zu kopieren, als PNG oder SVG zu speichern oder seine Zahlen für eine Tabellenkalkulation zu kopieren.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="507"/>
        <source>Every figure is defined in &lt;a href=&quot;figures.html&quot;&gt;What every figure means&lt;/a&gt;.</source>
        <translation>Jede Zahl ist unter &lt;a href=&quot;figures.html&quot;&gt;Was jede Zahl bedeutet&lt;/a&gt; definiert.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="512"/>
        <source>Cohorts</source>
        <translation>Kohorten</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="516"/>
        <source>A cohort is the group of customers whose first purchase fell in the same week, month or quarter. Each row of the heatmap is one cohort; each column is the number of periods since that first purchase. A cell shows the share of the cohort&apos;s customers who bought again in that period (or, with another metric chosen, their net sales or orders). Darker cells mean more customers came back.</source>
        <translation>Eine Kohorte ist die Gruppe der Kunden, deren erster Kauf in dieselbe Woche, denselben Monat oder dasselbe Quartal fiel. Jede Zeile der Heatmap ist eine Kohorte; jede Spalte ist die Zahl der Zeiträume seit diesem ersten Kauf. Eine Zelle zeigt den Anteil der Kunden der Kohorte, die in diesem Zeitraum erneut gekauft haben (oder, bei einer anderen gewählten Kennzahl, ihren Nettoumsatz oder ihre Bestellungen). Dunklere Zellen bedeuten, dass mehr Kunden wiedergekommen sind.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="524"/>
        <source>Hatched cells are periods that are not over yet, so their figure is still growing. Hover a cell for the exact figures; click it, or press Enter, to list its customers in the Customers view.</source>
        <translation>Schraffierte Zellen sind Zeiträume, die noch nicht vorbei sind; ihre Zahl wächst also noch. Zeigen Sie mit der Maus auf eine Zelle, um die genauen Zahlen zu sehen; klicken Sie darauf oder drücken Sie die Eingabetaste, um ihre Kunden in der Ansicht „Kunden“ aufzulisten.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="529"/>
        <source>Read the heatmap down a column to see whether newer customers come back more often than older ones, and along a row to see how quickly a cohort fades.</source>
        <translation>Lesen Sie die Heatmap eine Spalte hinunter, um zu sehen, ob neuere Kunden öfter wiederkommen als ältere, und entlang einer Zeile, um zu sehen, wie schnell eine Kohorte nachlässt.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="535"/>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="539"/>
        <source>Every customer gets three scores from 1 to 5: &lt;b&gt;R&lt;/b&gt;ecency (how recently they bought), &lt;b&gt;F&lt;/b&gt;requency (how often) and &lt;b&gt;M&lt;/b&gt;onetary value (how much). The RFM grid places them by recency and by the average of frequency and monetary value, and names the groups: Champions, Loyal customers, At risk, Can&apos;t lose them, Hibernating and others.</source>
        <translation>Jeder Kunde erhält drei Werte von 1 bis 5: &lt;b&gt;R&lt;/b&gt;ecency (Aktualität: wie kürzlich er gekauft hat), &lt;b&gt;F&lt;/b&gt;requency (Häufigkeit: wie oft) und &lt;b&gt;M&lt;/b&gt;onetary Value (Umsatzwert: wie viel). Das RFM-Raster ordnet die Kunden nach Aktualität und nach dem Mittel aus Häufigkeit und Umsatzwert an und benennt die Gruppen: Champions, Treue Kunden, Gefährdet, Nicht verlieren, Im Winterschlaf und weitere.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="546"/>
        <source>Lifecycle stages (%1) come from the days since each customer&apos;s last purchase; value tiers (%2) from their net sales. Both thresholds can be changed.</source>
        <translation>Lebenszyklusphasen (%1) ergeben sich aus den Tagen seit dem letzten Kauf jedes Kunden, Wertstufen (%2) aus seinem Nettoumsatz. Beide Schwellen lassen sich ändern.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="552"/>
        <source>Saved segments are rules you build (for example &quot;net sales over 300 and last purchase more than 90 days ago&quot;), with a live count of the customers who match. A segment&apos;s members can be exported as CSV; customers without marketing consent are left out unless you ask for them.</source>
        <translation>Gespeicherte Segmente sind Regeln, die Sie selbst erstellen (zum Beispiel „Nettoumsatz über 300 und letzter Kauf vor mehr als 90 Tagen“), mit einer laufend aktualisierten Zahl der passenden Kunden. Die Mitglieder eines Segments lassen sich als CSV exportieren; Kunden ohne Marketing-Einwilligung werden ausgelassen, sofern Sie sie nicht ausdrücklich einschließen.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="559"/>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="563"/>
        <source>The Customers view (Ctrl+4) lists every customer who bought. Search by id, name, e-mail, country or segment (Ctrl+F) and click a column header to sort. Selecting a customer shows their profile: orders over time, products, categories, RFM scores, lifecycle stage, value tier, predicted lifetime value and the probability that they are still a customer.</source>
        <translation>Die Ansicht „Kunden“ (Strg+4) listet jeden Kunden auf, der gekauft hat. Suchen Sie nach Nummer, Name, E-Mail, Land oder Segment (Strg+F) und klicken Sie auf einen Spaltenkopf, um zu sortieren. Wenn Sie einen Kunden auswählen, wird sein Profil angezeigt: Bestellungen im Zeitverlauf, Produkte, Kategorien, RFM-Werte, Lebenszyklusphase, Wertstufe, prognostizierter Kundenwert und die Wahrscheinlichkeit, dass er noch Kunde ist.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="569"/>
        <source>A customer&apos;s data</source>
        <translation>Die Daten eines Kunden</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="571"/>
        <source>&lt;b&gt;Export this customer&apos;s data…&lt;/b&gt; writes everything StoreLens holds on the customer (their customer record, their order lines, their figures and segments) as JSON or CSV, for example to answer a request for access.</source>
        <translation>&lt;b&gt;Daten dieses Kunden exportieren…&lt;/b&gt; schreibt alles, was StoreLens über den Kunden gespeichert hat (seinen Kundendatensatz, seine Bestellzeilen, seine Zahlen und Segmente), als JSON oder CSV, zum Beispiel um ein Auskunftsersuchen zu beantworten.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="586"/>
        <source>Both also run from the command line: &lt;code&gt;storelens customer export&lt;/code&gt; and &lt;code&gt;storelens customer forget&lt;/code&gt;.</source>
        <translation>Beides ist auch über die Befehlszeile möglich: &lt;code&gt;storelens customer export&lt;/code&gt; und &lt;code&gt;storelens customer forget&lt;/code&gt;.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="591"/>
        <source>Predictions</source>
        <translation>Prognosen</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="595"/>
        <source>Predictions estimate, for every customer, how many purchases they will make and what they will spend in the next twelve months (predicted customer lifetime value, CLV), and how likely it is that they are still a customer. The models learn from each customer&apos;s number of repeat purchases, the time of their last purchase and their average spend.</source>
        <translation>Prognosen schätzen für jeden Kunden, wie viele Käufe er in den nächsten zwölf Monaten tätigen und was er ausgeben wird (prognostizierter Kundenwert, CLV), und wie wahrscheinlich es ist, dass er noch Kunde ist. Die Modelle lernen aus der Zahl der Wiederholungskäufe jedes Kunden, dem Zeitpunkt seines letzten Kaufs und seinen durchschnittlichen Ausgaben.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="602"/>
        <source>StoreLens fits several purchase models and uses the one that predicted a held-out stretch of recent history best, and says which in one sentence. The holdout chart compares the predicted repeat purchases with what happened after a split date you can choose. Predictions follow the filters, but not the date range: they always read the whole history. With fewer than 200 customers within the filters there are no predictions, and so nothing to check.</source>
        <translation>StoreLens passt mehrere Kaufmodelle an, verwendet dasjenige, das einen zurückgehaltenen Abschnitt der jüngsten Vergangenheit am besten vorhergesagt hat, und nennt es in einem Satz. Das Testdiagramm vergleicht die prognostizierten Wiederholungskäufe mit dem, was nach einem wählbaren Stichtag tatsächlich geschah. Prognosen folgen den Filtern, aber nicht dem Datumsbereich: Sie lesen immer die gesamte Historie. Bei weniger als 200 Kunden innerhalb der Filter gibt es keine Prognosen und daher nichts zu prüfen.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="611"/>
        <source>When what customers spend varies too widely for the spend model (often one customer id shared by several people, or orders that are no purchase counted as sales), the purchases expected and the chance that each customer is still active are still shown, as they do not depend on spend; expected spend and lifetime value are not, and the Predictions tab says why.</source>
        <translation>Wenn die Ausgaben der Kunden für das Ausgabenmodell zu stark schwanken (oft eine Kundennummer, die für mehrere Personen steht, oder Bestellungen, die kein Kauf sind, als Verkäufe gezählt), werden die erwarteten Käufe und die Wahrscheinlichkeit, dass jeder Kunde noch aktiv ist, trotzdem angezeigt, da sie nicht von den Ausgaben abhängen; erwartete Ausgaben und Kundenwert nicht, und der Reiter Prognosen sagt, warum.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="620"/>
        <source>The PDF report</source>
        <translation>Der PDF-Bericht</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="633"/>
        <source>&lt;b&gt;File › Print…&lt;/b&gt; (Ctrl+P) prints the view on screen, all of it: a long table or the whole Overview runs over as many pages as it needs.</source>
        <translation>&lt;b&gt;Datei › Drucken…&lt;/b&gt; (Strg+P) druckt die Ansicht auf dem Bildschirm vollständig: Eine lange Tabelle oder die ganze Übersicht läuft über so viele Seiten wie nötig.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="637"/>
        <source>The same report runs without a window: &lt;code&gt;storelens report --workspace shop.storelens --out report.pdf&lt;/code&gt;.</source>
        <translation>Derselbe Bericht läuft auch ohne Fenster: &lt;code&gt;storelens report --workspace shop.storelens --out report.pdf&lt;/code&gt;.</translation>
    </message>
</context>
<context>
    <name>storelens::ui::HandbookWindow</name>
    <message>
        <location filename="../ui/help/HandbookWindow.cpp" line="47"/>
        <location filename="../ui/help/HandbookWindow.cpp" line="71"/>
        <source>StoreLens Handbook</source>
        <translation>StoreLens-Handbuch</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookWindow.cpp" line="51"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookWindow.cpp" line="52"/>
        <source>Forward</source>
        <translation>Vor</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookWindow.cpp" line="53"/>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookWindow.cpp" line="74"/>
        <source>%1 – StoreLens Handbook</source>
        <translation>%1 – StoreLens-Handbuch</translation>
    </message>
</context>
<context>
    <name>storelens::ui::HelpController</name>
    <message>
        <location filename="../ui/help/HelpController.cpp" line="22"/>
        <source>&amp;Handbook</source>
        <translation>&amp;Handbuch</translation>
    </message>
    <message>
        <location filename="../ui/help/HelpController.cpp" line="26"/>
        <source>Open the handbook at the page of the view shown.</source>
        <translation>Das Handbuch auf der Seite der angezeigten Ansicht öffnen.</translation>
    </message>
    <message>
        <location filename="../ui/help/HelpController.cpp" line="32"/>
        <source>&amp;Preferences…</source>
        <translation>Eins&amp;tellungen…</translation>
    </message>
    <message>
        <location filename="../ui/help/HelpController.cpp" line="35"/>
        <source>Choose the language of StoreLens and of its reports.</source>
        <translation>Die Sprache von StoreLens und seinen Berichten wählen.</translation>
    </message>
    <message>
        <location filename="../ui/help/HelpController.cpp" line="47"/>
        <source>Language changed</source>
        <translation>Sprache geändert</translation>
    </message>
    <message>
        <location filename="../ui/help/HelpController.cpp" line="48"/>
        <source>StoreLens shows the new language after it starts again.</source>
        <translation>StoreLens zeigt die neue Sprache nach einem Neustart.</translation>
    </message>
    <message>
        <location filename="../ui/help/HelpController.cpp" line="51"/>
        <source>&amp;Restart now</source>
        <translation>Jetzt &amp;neu starten</translation>
    </message>
    <message>
        <location filename="../ui/help/HelpController.cpp" line="52"/>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
</context>
<context>
    <name>storelens::ui::ImportController</name>
    <message>
        <location filename="../ui/shell/ImportController.cpp" line="108"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportController.cpp" line="108"/>
        <source>Data exports (%1)</source>
        <extracomment>A file dialog&apos;s filter; %1 is the list of patterns &quot;*.csv *.tsv *.txt *.skv&quot;.</extracomment>
        <translation>Datenexporte (%1)</translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportController.cpp" line="131"/>
        <source>Another import is still running.</source>
        <translation>Ein anderer Import läuft noch.</translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportController.cpp" line="132"/>
        <source>No workspace is open.</source>
        <translation>Es ist kein Arbeitsbereich geöffnet.</translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportController.cpp" line="139"/>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportController.cpp" line="139"/>
        <source>Checking %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
</context>
<context>
    <name>storelens::ui::ImportMatchOffer</name>
    <message>
        <location filename="../ui/importwizard/ImportMatchOffer.cpp" line="27"/>
        <source>Count as One &amp;Product</source>
        <translation>Als ein &amp;Produkt zählen</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMatchOffer.cpp" line="35"/>
        <source>Counts each product without a code as the one product with a code of the same name, in this file and in the workspace, checks the file again and keeps the choice in the import profile.</source>
        <translation>Zählt jedes Produkt ohne Artikelnummer als das eine Produkt mit Artikelnummer gleichen Namens, in dieser Datei und im Arbeitsbereich, prüft die Datei erneut und behält die Wahl im Importprofil.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMatchOffer.cpp" line="45"/>
        <source>Imports the file as a source of its own under this name and checks it again. The name can be changed on the Columns page (Back).</source>
        <translation>Importiert die Datei als eigene Quelle unter diesem Namen und prüft sie erneut. Den Namen können Sie auf der Seite „Spalten“ ändern (Zurück).</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMatchOffer.cpp" line="78"/>
        <source>Import as &quot;%1&quot;</source>
        <translation>Als „%1“ importieren</translation>
    </message>
</context>
<context>
    <name>storelens::ui::ImportMessages</name>
    <message>
        <location filename="../ui/shell/ImportMessages.cpp" line="18"/>
        <source>Line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportMessages.cpp" line="20"/>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportMessages.cpp" line="33"/>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportMessages.cpp" line="35"/>
        <source>%1 was imported (%2): %3 new rows, %4 updated, %5 unchanged, %6 rejected.</source>
        <translation>%1 wurde importiert (%2): %3 neue Zeilen, %4 aktualisiert, %5 unverändert, %6 abgelehnt.</translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportMessages.cpp" line="45"/>
        <source>… and %1 more rejected rows.</source>
        <translation>… und %1 weitere abgelehnte Zeilen.</translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportMessages.cpp" line="51"/>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportMessages.cpp" line="54"/>
        <source>%1, line %2, column %3</source>
        <translation>%1, Zeile %2, Spalte %3</translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportMessages.cpp" line="57"/>
        <source>%1, line %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportMessages.cpp" line="58"/>
        <source>Nothing was imported. %1 (%2)</source>
        <translation>Es wurde nichts importiert. %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportMessages.cpp" line="62"/>
        <source>Columns not recognised</source>
        <translation>Spalten nicht erkannt</translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportMessages.cpp" line="64"/>
        <source>Nothing was imported: StoreLens could not find columns for %1 in %2 (read as %3). Import the file with File › Import… to choose the columns yourself.</source>
        <translation>Es wurde nichts importiert: StoreLens konnte in %2 (gelesen als %3) keine Spalten für %1 finden. Importieren Sie die Datei über Datei › Importieren…, um die Spalten selbst zu wählen.</translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportMessages.cpp" line="69"/>
        <source>Say what the file holds</source>
        <translation>Angeben, was die Datei enthält</translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportMessages.cpp" line="72"/>
        <source>Nothing was imported: StoreLens cannot tell what %1 holds. Choose it in the import wizard.</source>
        <translation>Es wurde nichts importiert: StoreLens kann nicht erkennen, was %1 enthält. Wählen Sie es im Import-Assistenten.</translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportMessages.cpp" line="75"/>
        <source>Nothing was imported: StoreLens cannot tell for sure what %1 holds (it could be %2). Choose it in the import wizard.</source>
        <translation>Es wurde nichts importiert: StoreLens kann nicht sicher erkennen, was %1 enthält (es könnte %2 sein). Wählen Sie es im Import-Assistenten.</translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportMessages.cpp" line="80"/>
        <source>Import cancelled</source>
        <translation>Import abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportMessages.cpp" line="81"/>
        <source>The import of %1 was cancelled. The workspace is unchanged.</source>
        <translation>Der Import von %1 wurde abgebrochen. Der Arbeitsbereich ist unverändert.</translation>
    </message>
</context>
<context>
    <name>storelens::ui::ImportPage</name>
    <message>
        <location filename="../ui/importwizard/ImportPage.cpp" line="52"/>
        <source>&amp;Cancel Import</source>
        <translation>Import &amp;abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPage.cpp" line="53"/>
        <source>What was imported</source>
        <translation>Was importiert wurde</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPage.cpp" line="54"/>
        <source>&amp;Save these settings for next time as:</source>
        <translation>Diese Einstellungen für das nächste Mal &amp;speichern als:</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPage.cpp" line="58"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPage.cpp" line="59"/>
        <source>The rows go into the workspace in one step: all of them, or none if you cancel.</source>
        <translation>Die Zeilen kommen in einem Schritt in den Arbeitsbereich: alle oder, wenn Sie abbrechen, keine.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPage.cpp" line="72"/>
        <source>What the file was:</source>
        <translation>Was die Datei war:</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPage.cpp" line="76"/>
        <source>Lines removed (no longer in the re-export):</source>
        <translation>Entfernte Zeilen (nicht mehr im erneuten Export):</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPage.cpp" line="78"/>
        <source>Till receipts left out (no sale):</source>
        <translation>Kassenbelege ausgelassen (kein Verkauf):</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPage.cpp" line="79"/>
        <source>Left out of sales:</source>
        <translation>Aus dem Umsatz herausgelassen:</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPage.cpp" line="80"/>
        <source>Products by name:</source>
        <translation>Produkte nach Namen:</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPage.cpp" line="81"/>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPage.cpp" line="82"/>
        <source>Dates:</source>
        <translation>Datumsangaben:</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPage.cpp" line="83"/>
        <source>Orders in the file:</source>
        <translation>Bestellungen in der Datei:</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPage.cpp" line="84"/>
        <source>Gross sales in the file:</source>
        <translation>Bruttoumsatz in der Datei:</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPage.cpp" line="85"/>
        <source>Discounts:</source>
        <translation>Rabatte:</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPage.cpp" line="86"/>
        <source>Returns:</source>
        <translation>Retouren:</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPage.cpp" line="87"/>
        <source>Net sales in the file:</source>
        <translation>Nettoumsatz in der Datei:</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPage.cpp" line="136"/>
        <source>Saving… all rows are read; %1 is being written into the workspace.</source>
        <translation>Speichern… Alle Zeilen sind gelesen; %1 wird in den Arbeitsbereich geschrieben.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPage.cpp" line="157"/>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPage.cpp" line="177"/>
        <source>Cancelling… the workspace is put back as it was.</source>
        <translation>Wird abgebrochen… Der Arbeitsbereich wird in den vorherigen Zustand zurückversetzt.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPage.cpp" line="193"/>
        <source>The import was cancelled. The workspace is unchanged.</source>
        <translation>Der Import wurde abgebrochen. Der Arbeitsbereich ist unverändert.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPage.cpp" line="198"/>
        <source>Nothing was imported: %1</source>
        <translation>Es wurde nichts importiert: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importwizard/ImportPage.cpp" line="232"/>
        <source>Order line(s) added:</source>
        <translation>
            <numerusform>Bestellzeile hinzugefügt:</numerusform>
            <numerusform>Bestellzeilen hinzugefügt:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importwizard/ImportPage.cpp" line="233"/>
        <source>Order line(s) already there, changed:</source>
        <translation>
            <numerusform>Bestellzeile schon vorhanden, geändert:</numerusform>
            <numerusform>Bestellzeilen schon vorhanden, geändert:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importwizard/ImportPage.cpp" line="234"/>
        <source>Order line(s) already there, unchanged:</source>
        <translation>
            <numerusform>Bestellzeile schon vorhanden, unverändert:</numerusform>
            <numerusform>Bestellzeilen schon vorhanden, unverändert:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importwizard/ImportPage.cpp" line="237"/>
        <source>Customer(s) added:</source>
        <translation>
            <numerusform>Kunde hinzugefügt:</numerusform>
            <numerusform>Kunden hinzugefügt:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importwizard/ImportPage.cpp" line="238"/>
        <source>Customer(s) already there, changed:</source>
        <translation>
            <numerusform>Kunde schon vorhanden, geändert:</numerusform>
            <numerusform>Kunden schon vorhanden, geändert:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importwizard/ImportPage.cpp" line="239"/>
        <source>Customer(s) already there, unchanged:</source>
        <translation>
            <numerusform>Kunde schon vorhanden, unverändert:</numerusform>
            <numerusform>Kunden schon vorhanden, unverändert:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importwizard/ImportPage.cpp" line="242"/>
        <source>Product(s) added:</source>
        <translation>
            <numerusform>Produkt hinzugefügt:</numerusform>
            <numerusform>Produkte hinzugefügt:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importwizard/ImportPage.cpp" line="243"/>
        <source>Product(s) already there, changed:</source>
        <translation>
            <numerusform>Produkt schon vorhanden, geändert:</numerusform>
            <numerusform>Produkte schon vorhanden, geändert:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importwizard/ImportPage.cpp" line="244"/>
        <source>Product(s) already there, unchanged:</source>
        <translation>
            <numerusform>Produkt schon vorhanden, unverändert:</numerusform>
            <numerusform>Produkte schon vorhanden, unverändert:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importwizard/ImportPage.cpp" line="247"/>
        <source>Row(s) added:</source>
        <translation>
            <numerusform>Zeile hinzugefügt:</numerusform>
            <numerusform>Zeilen hinzugefügt:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importwizard/ImportPage.cpp" line="248"/>
        <source>Row(s) already there, changed:</source>
        <translation>
            <numerusform>Zeile schon vorhanden, geändert:</numerusform>
            <numerusform>Zeilen schon vorhanden, geändert:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importwizard/ImportPage.cpp" line="249"/>
        <source>Row(s) already there, unchanged:</source>
        <translation>
            <numerusform>Zeile schon vorhanden, unverändert:</numerusform>
            <numerusform>Zeilen schon vorhanden, unverändert:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPage.cpp" line="264"/>
        <source>%1 was imported into the workspace (%2). The dashboards are being updated.</source>
        <translation>%1 wurde in den Arbeitsbereich importiert (%2). Die Dashboards werden aktualisiert.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPage.cpp" line="274"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
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
            <numerusform>Zeile der Datei abgelehnt (nicht importiert):</numerusform>
            <numerusform>Zeilen der Datei abgelehnt (nicht importiert):</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPage.cpp" line="280"/>
        <source>no prices imported</source>
        <translation>keine Preise importiert</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPage.cpp" line="335"/>
        <source>&lt;span style=&quot;color:#b00020&quot;&gt;The settings were not saved: %1&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#b00020&quot;&gt;Die Einstellungen wurden nicht gespeichert: %1&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>storelens::ui::ImportWizard</name>
    <message>
        <location filename="../ui/importwizard/ImportWizard.cpp" line="34"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportWizard.cpp" line="34"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportWizard.cpp" line="34"/>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportWizard.cpp" line="34"/>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportWizard.cpp" line="34"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportWizard.cpp" line="37"/>
        <source>Import Data</source>
        <translation>Daten importieren</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportWizard.cpp" line="152"/>
        <source>Leave the import?</source>
        <translation>Import verlassen?</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportWizard.cpp" line="153"/>
        <source>Close the import wizard? The choices made so far are lost and nothing is imported.</source>
        <translation>Den Importassistenten schließen? Die bisherigen Einstellungen gehen verloren, und nichts wird importiert.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportWizard.cpp" line="158"/>
        <source>Leave</source>
        <translation>Verlassen</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportWizard.cpp" line="159"/>
        <source>Stay</source>
        <translation>Bleiben</translation>
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
        <translation>Keine Daten</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/KpiFormat.cpp" line="98"/>
        <source>%1 pp</source>
        <translation>%1 Pp.</translation>
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
        <translation>&amp;Warum hat sich das verändert?</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/KpiTile.cpp" line="87"/>
        <source>%1 over time</source>
        <translation>%1 im Zeitverlauf</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/KpiTile.cpp" line="116"/>
        <source>Explain where the change of %1 came from</source>
        <translation>Erklären, woher die Veränderung von %1 kommt</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/KpiTile.cpp" line="125"/>
        <source>Why?</source>
        <translation>Warum?</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/KpiTile.cpp" line="129"/>
        <source>Where the change came from, and whether it is more than normal variation (Enter on the tile)</source>
        <translation>Woher die Veränderung kommt und ob sie über die normale Schwankung hinausgeht (Eingabetaste auf der Kachel)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/KpiTile.cpp" line="257"/>
        <source>No variation to test</source>
        <translation>Keine Schwankung zu prüfen</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/KpiTile.cpp" line="259"/>
        <source>Not comparable: a source&apos;s data ends early</source>
        <translation>Nicht vergleichbar: Die Daten einer Quelle enden früh</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/KpiTile.cpp" line="263"/>
        <source>No test of normal variation</source>
        <translation>Kein Test auf normale Schwankung</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/KpiTile.cpp" line="346"/>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/KpiTile.cpp" line="344"/>
        <source>%1%2 (%3)</source>
        <translation>%1%2 (%3)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/KpiTile.cpp" line="360"/>
        <source>No comparison data</source>
        <translation>Keine Vergleichsdaten</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/KpiTile.cpp" line="360"/>
        <source>Not comparable</source>
        <translation>Nicht vergleichbar</translation>
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
        <translation>Innerhalb der normalen Schwankung</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/KpiTile.cpp" line="255"/>
        <source>Too few days to judge</source>
        <translation>Zu wenige Tage für eine Beurteilung</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/KpiTile.cpp" line="352"/>
        <source>Too early to tell</source>
        <translation>Noch zu früh</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/KpiTile.cpp" line="386"/>
        <source>Beyond normal variation</source>
        <translation>Über die normale Schwankung hinaus</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/KpiTile.cpp" line="392"/>
        <source>Kept %1 of %2 customers; %3 reactivated.</source>
        <translation>%1 von %2 Kunden gehalten; %3 reaktiviert.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/KpiTile.cpp" line="416"/>
        <source>%1 % of target %2</source>
        <translation>%1 % des Ziels %2</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/KpiTile.cpp" line="451"/>
        <source>Target: %1</source>
        <translation>Ziel: %1</translation>
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
        <translation>Systemsprache</translation>
    </message>
</context>
<context>
    <name>storelens::ui::LifecycleSettingsDialog</name>
    <message>
        <location filename="../ui/segments/LifecycleSettingsDialog.cpp" line="29"/>
        <location filename="../ui/segments/LifecycleSettingsDialog.cpp" line="30"/>
        <location filename="../ui/segments/LifecycleSettingsDialog.cpp" line="31"/>
        <source> days</source>
        <translation> Tage</translation>
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
        <translation>Schwellen für Lebenszyklus und Wertstufen</translation>
    </message>
    <message>
        <location filename="../ui/segments/LifecycleSettingsDialog.cpp" line="40"/>
        <source>New: the first purchase falls within this many days up to the as-of date.</source>
        <translation>Neu: Der erste Kauf liegt höchstens so viele Tage vor dem Stichtag.</translation>
    </message>
    <message>
        <location filename="../ui/segments/LifecycleSettingsDialog.cpp" line="41"/>
        <source>At risk: no purchase for at least this many days.</source>
        <translation>Gefährdet: seit mindestens so vielen Tagen kein Kauf.</translation>
    </message>
    <message>
        <location filename="../ui/segments/LifecycleSettingsDialog.cpp" line="42"/>
        <source>Lapsed: no purchase for at least this many days.</source>
        <translation>Inaktiv: seit mindestens so vielen Tagen kein Kauf.</translation>
    </message>
    <message>
        <location filename="../ui/segments/LifecycleSettingsDialog.cpp" line="43"/>
        <source>High value: historical CLV at or above this percentile.</source>
        <translation>Hoher Wert: historischer Kundenwert (CLV) auf oder über diesem Perzentil.</translation>
    </message>
    <message>
        <location filename="../ui/segments/LifecycleSettingsDialog.cpp" line="44"/>
        <source>Medium value: at or above this percentile and below the high one.</source>
        <translation>Mittlerer Wert: auf oder über diesem Perzentil und unter dem für hohen Wert.</translation>
    </message>
    <message>
        <location filename="../ui/segments/LifecycleSettingsDialog.cpp" line="48"/>
        <source>&amp;New within:</source>
        <translation>&amp;Neu innerhalb von:</translation>
    </message>
    <message>
        <location filename="../ui/segments/LifecycleSettingsDialog.cpp" line="49"/>
        <source>&amp;At risk after:</source>
        <translation>&amp;Gefährdet nach:</translation>
    </message>
    <message>
        <location filename="../ui/segments/LifecycleSettingsDialog.cpp" line="50"/>
        <source>&amp;Lapsed after:</source>
        <translation>&amp;Inaktiv nach:</translation>
    </message>
    <message>
        <location filename="../ui/segments/LifecycleSettingsDialog.cpp" line="51"/>
        <source>&amp;High value from percentile:</source>
        <translation>&amp;Hoher Wert ab Perzentil:</translation>
    </message>
    <message>
        <location filename="../ui/segments/LifecycleSettingsDialog.cpp" line="52"/>
        <source>&amp;Medium value from percentile:</source>
        <translation>&amp;Mittlerer Wert ab Perzentil:</translation>
    </message>
    <message>
        <location filename="../ui/segments/LifecycleSettingsDialog.cpp" line="55"/>
        <source>Stages are decided in this order: New, Lapsed, At risk, Active.</source>
        <translation>Die Phasen werden in dieser Reihenfolge bestimmt: Neu, Inaktiv, Gefährdet, Aktiv.</translation>
    </message>
    <message>
        <location filename="../ui/segments/LifecycleSettingsDialog.cpp" line="89"/>
        <source>At risk must come before lapsed: choose fewer days for at risk than for lapsed.</source>
        <translation>„Gefährdet“ muss vor „Inaktiv“ kommen: Wählen Sie für „Gefährdet“ weniger Tage als für „Inaktiv“.</translation>
    </message>
    <message>
        <location filename="../ui/segments/LifecycleSettingsDialog.cpp" line="91"/>
        <source>The medium tier must start below the high tier.</source>
        <translation>Die mittlere Stufe muss unter der hohen Stufe beginnen.</translation>
    </message>
</context>
<context>
    <name>storelens::ui::MainWindow</name>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="109"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/MainWindow.cpp" line="133"/>
        <source>%n file(s) will open in the import wizard once the open import is finished.</source>
        <translation>
            <numerusform>%n Datei wird im Import-Assistenten geöffnet, sobald der offene Import abgeschlossen ist.</numerusform>
            <numerusform>%n Dateien werden im Import-Assistenten geöffnet, sobald der offene Import abgeschlossen ist.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="150"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="152"/>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Neuer Arbeitsbereich…</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="154"/>
        <source>Create an empty workspace file for a business.</source>
        <translation>Eine leere Arbeitsbereichsdatei für ein Unternehmen anlegen.</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="155"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="157"/>
        <source>Open a workspace file.</source>
        <translation>Eine Arbeitsbereichsdatei öffnen.</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="158"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="161"/>
        <source>Open the &amp;Sample Store</source>
        <translation>Beispiel&amp;geschäft öffnen</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="162"/>
        <source>Open a made-up store with three years of sales to explore StoreLens.</source>
        <translation>Ein erfundenes Geschäft mit drei Jahren Verkaufsdaten öffnen, um StoreLens zu erkunden.</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="164"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="167"/>
        <source>Import a CSV export of your till, web shop or ERP into this workspace.</source>
        <translation>Einen CSV-Export Ihrer Kasse, Ihres Webshops oder ERP-Systems in diesen Arbeitsbereich importieren.</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="168"/>
        <source>Manage Import &amp;Profiles…</source>
        <translation>Import&amp;profile verwalten…</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="169"/>
        <source>Rename or delete the import settings saved in this workspace.</source>
        <translation>Die in diesem Arbeitsbereich gespeicherten Importeinstellungen umbenennen oder löschen.</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="182"/>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="186"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="192"/>
        <source>&amp;Edit</source>
        <translation>Bearbei&amp;ten</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="196"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="199"/>
        <source>&amp;About StoreLens</source>
        <translation>&amp;Über StoreLens</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="200"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="218"/>
        <source>New Workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="229"/>
        <source>Open Workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="230"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="239"/>
        <source>the sample store</source>
        <translation>das Beispielgeschäft</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="258"/>
        <source>An import is already open: finish or cancel it first.</source>
        <translation>Ein Import ist schon geöffnet: Schließen Sie ihn zuerst ab oder brechen Sie ihn ab.</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="266"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="283"/>
        <source>Import Your Data</source>
        <translation>Ihre Daten importieren</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="288"/>
        <source>New Workspace for Your Data</source>
        <translation>Neuer Arbeitsbereich für Ihre Daten</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="289"/>
        <source>My store</source>
        <translation>Mein Geschäft</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="354"/>
        <source>About StoreLens</source>
        <translation>Über StoreLens</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="355"/>
        <source>&lt;h3&gt;StoreLens %1&lt;/h3&gt;&lt;p&gt;See how your store is doing: sales, customers who come back, and who to win back. Your data stays on this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;StoreLens %1&lt;/h3&gt;&lt;p&gt;Sehen Sie, wie Ihr Geschäft läuft: Umsatz, Kunden, die wiederkommen, und wen Sie zurückgewinnen sollten. Ihre Daten bleiben auf diesem Computer.&lt;/p&gt;</translation>
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
        <translation>%1 geöffnet.</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="449"/>
        <source>The workspace changed outside this window (an import from the command line?): the views show its new data.</source>
        <translation>Der Arbeitsbereich wurde außerhalb dieses Fensters geändert (ein Import über die Befehlszeile?): Die Ansichten zeigen seine neuen Daten.</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="495"/>
        <source>Workspace not opened</source>
        <translation>Arbeitsbereich nicht geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="496"/>
        <source>The workspace could not be opened. %1</source>
        <translation>Der Arbeitsbereich konnte nicht geöffnet werden. %1</translation>
    </message>
</context>
<context>
    <name>storelens::ui::MemberExportDialog</name>
    <message>
        <location filename="../ui/segments/MemberExportDialog.cpp" line="31"/>
        <source>&amp;Include customers without marketing consent</source>
        <translation>Kunden ohne Marketing-Einwilligung e&amp;inbeziehen</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberExportDialog.cpp" line="40"/>
        <source>Export Members of %1</source>
        <translation>Mitglieder von %1 exportieren</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberExportDialog.cpp" line="43"/>
        <source>Tick the columns to write; drag them to change their order.</source>
        <translation>Haken Sie die zu schreibenden Spalten an; ziehen Sie sie, um ihre Reihenfolge zu ändern.</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberExportDialog.cpp" line="53"/>
        <source>For E&amp;xcel in this language</source>
        <translation>Für E&amp;xcel in dieser Sprache</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberExportDialog.cpp" line="56"/>
        <source>Ticked: &quot;;&quot; between columns and decimal commas, as Excel in this language expects. Unticked: &quot;,&quot; and &quot;.&quot; for other programs.</source>
        <translation>Angehakt: „;“ zwischen den Spalten und Dezimalkommas, wie Excel in dieser Sprache es erwartet. Nicht angehakt: „,“ und „.“ für andere Programme.</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberExportDialog.cpp" line="58"/>
        <source>Ticked: a byte order mark first, so Excel reads accented letters. Unticked: plain UTF-8 for other programs.</source>
        <translation>Angehakt: zuerst eine Byte-Reihenfolge-Markierung, damit Excel Umlaute richtig liest. Nicht angehakt: reines UTF-8 für andere Programme.</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberExportDialog.cpp" line="67"/>
        <source>Choose where to save the CSV file</source>
        <translation>Speicherort der CSV-Datei wählen</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberExportDialog.cpp" line="68"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberExportDialog.cpp" line="70"/>
        <source>&amp;Browse…</source>
        <translation>D&amp;urchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberExportDialog.cpp" line="74"/>
        <source>&amp;Columns:</source>
        <translation>&amp;Spalten:</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberExportDialog.cpp" line="76"/>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/segments/MemberExportDialog.cpp" line="80"/>
        <source>%Ln customer(s) in the segment.</source>
        <translation>
            <numerusform>%Ln Kunde im Segment.</numerusform>
            <numerusform>%Ln Kunden im Segment.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberExportDialog.cpp" line="199"/>
        <source>Export Members</source>
        <translation>Mitglieder exportieren</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberExportDialog.cpp" line="200"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberExportDialog.cpp" line="211"/>
        <source>Every customer in the segment has agreed to marketing email.</source>
        <translation>Jeder Kunde im Segment hat Marketing-E-Mails zugestimmt.</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberExportDialog.cpp" line="213"/>
        <source>All %1 customers will be written, %2 of them without marketing consent.</source>
        <translation>Alle %1 Kunden werden geschrieben, %2 davon ohne Marketing-Einwilligung.</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberExportDialog.cpp" line="217"/>
        <source>None of the %1 customers has agreed to marketing email (or it is unknown), so none will be written. Tick &quot;Include customers without marketing consent&quot; to export them for your own analysis.</source>
        <translation>Keiner der %1 Kunden hat Marketing-E-Mails zugestimmt (oder es ist unbekannt), daher wird keiner geschrieben. Setzen Sie ein Häkchen bei „Kunden ohne Marketing-Einwilligung einbeziehen“, um sie für Ihre eigene Auswertung zu exportieren.</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberExportDialog.cpp" line="222"/>
        <source>%1 of %2 customers have not agreed to marketing email (or it is unknown) and will be left out; %3 will be written.</source>
        <translation>%1 von %2 Kunden haben Marketing-E-Mails nicht zugestimmt (oder es ist unbekannt) und werden ausgelassen; %3 werden geschrieben.</translation>
    </message>
</context>
<context>
    <name>storelens::ui::MemberListPanel</name>
    <message>
        <location filename="../ui/segments/MemberListPanel.cpp" line="40"/>
        <source>Show in C&amp;ustomers</source>
        <translation>In K&amp;unden anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberListPanel.cpp" line="41"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberListPanel.cpp" line="52"/>
        <source>Search by id, name, email or country</source>
        <translation>Nach ID, Name, E-Mail oder Land suchen</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberListPanel.cpp" line="59"/>
        <source>segment members</source>
        <translation>Segmentmitglieder</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberListPanel.cpp" line="77"/>
        <source>Double-click a customer to open it in the Customers view.</source>
        <translation>Doppelklicken Sie auf einen Kunden, um ihn in der Ansicht „Kunden“ zu öffnen.</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberListPanel.cpp" line="79"/>
        <source>Open the listed customers in the Customers view.</source>
        <translation>Die aufgelisteten Kunden in der Ansicht „Kunden“ öffnen.</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberListPanel.cpp" line="81"/>
        <source>Write the segment&apos;s customers to a CSV file.</source>
        <translation>Die Kunden des Segments in eine CSV-Datei schreiben.</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberListPanel.cpp" line="100"/>
        <source>Writing the CSV file…</source>
        <translation>Die CSV-Datei wird geschrieben…</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberListPanel.cpp" line="116"/>
        <location filename="../ui/segments/MemberListPanel.cpp" line="156"/>
        <source>Pick a segment to list its customers.</source>
        <translation>Wählen Sie ein Segment, um seine Kunden aufzulisten.</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberListPanel.cpp" line="123"/>
        <source>Customers in %1</source>
        <translation>Kunden im Segment „%1“</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberListPanel.cpp" line="178"/>
        <source>No customer is in this segment within the filters. Pick another segment or clear a filter.</source>
        <translation>Innerhalb der Filter ist kein Kunde in diesem Segment. Wählen Sie ein anderes Segment oder entfernen Sie einen Filter.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/segments/MemberListPanel.cpp" line="181"/>
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln Kunde</numerusform>
            <numerusform>%Ln Kunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/segments/MemberListPanel.cpp" line="228"/>
        <source>Wrote %Ln customer(s) to %1; %2 customers without marketing consent were left out.</source>
        <translation>
            <numerusform>%Ln Kunde in %1 geschrieben; %2 Kunden ohne Marketing-Einwilligung wurden ausgelassen.</numerusform>
            <numerusform>%Ln Kunden in %1 geschrieben; %2 Kunden ohne Marketing-Einwilligung wurden ausgelassen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/segments/MemberListPanel.cpp" line="232"/>
        <source>Wrote %Ln customer(s) to %1.</source>
        <translation>
            <numerusform>%Ln Kunde nach %1 geschrieben.</numerusform>
            <numerusform>%Ln Kunden nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/segments/MemberListPanel.cpp" line="237"/>
        <source>Wrote %Ln customer(s); %1 customers without marketing consent were left out.</source>
        <translation>
            <numerusform>%Ln Kunde geschrieben; %1 Kunden ohne Marketing-Einwilligung wurden ausgelassen.</numerusform>
            <numerusform>%Ln Kunden geschrieben; %1 Kunden ohne Marketing-Einwilligung wurden ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberListPanel.cpp" line="183"/>
        <source>No customer matches &quot;%1&quot;. Clear the search to see all %2.</source>
        <translation>Kein Kunde passt zu „%1“. Leeren Sie die Suche, um alle %2 Kunden zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberListPanel.cpp" line="187"/>
        <source>%1 of %2 customers match</source>
        <translation>%1 von %2 Kunden passen</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberListPanel.cpp" line="236"/>
        <source>Export Members</source>
        <translation>Mitglieder exportieren</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/segments/MemberListPanel.cpp" line="241"/>
        <source>Wrote %Ln customer(s).</source>
        <translation>
            <numerusform>%Ln Kunde geschrieben.</numerusform>
            <numerusform>%Ln Kunden geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberListPanel.cpp" line="246"/>
        <source>The members could not be exported: %1</source>
        <translation>Die Mitglieder konnten nicht exportiert werden: %1</translation>
    </message>
</context>
<context>
    <name>storelens::ui::MemberTableModel</name>
    <message>
        <location filename="../ui/segments/MemberTableModel.cpp" line="24"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberTableModel.cpp" line="25"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberTableModel.cpp" line="25"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberTableModel.cpp" line="137"/>
        <location filename="../ui/segments/MemberTableModel.cpp" line="140"/>
        <source>no prices</source>
        <translation>keine Preise</translation>
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
        <translation>Kundennummer</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberTableModel.cpp" line="167"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberTableModel.cpp" line="169"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberTableModel.cpp" line="171"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberTableModel.cpp" line="173"/>
        <source>First purchase</source>
        <translation>Erster Kauf</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberTableModel.cpp" line="175"/>
        <source>Last purchase</source>
        <translation>Letzter Kauf</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberTableModel.cpp" line="177"/>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberTableModel.cpp" line="179"/>
        <source>Net sales</source>
        <translation>Nettoumsatz</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberTableModel.cpp" line="181"/>
        <source>AOV</source>
        <translation>Ø Bestellwert</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberTableModel.cpp" line="183"/>
        <source>Recency (days)</source>
        <translation>Tage seit letztem Kauf</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberTableModel.cpp" line="185"/>
        <source>R-F-M</source>
        <translation>R-F-M</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberTableModel.cpp" line="187"/>
        <source>RFM segment</source>
        <translation>RFM-Segment</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberTableModel.cpp" line="189"/>
        <source>Lifecycle</source>
        <translation>Lebenszyklus</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberTableModel.cpp" line="191"/>
        <source>Value tier</source>
        <translation>Wertstufe</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberTableModel.cpp" line="193"/>
        <source>Email consent</source>
        <translation>E-Mail-Einwilligung</translation>
    </message>
</context>
<context>
    <name>storelens::ui::MultiSelectButton</name>
    <message>
        <location filename="../ui/dashboard/MultiSelectButton.cpp" line="26"/>
        <source>Select &amp;all</source>
        <translation>&amp;Alle auswählen</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/MultiSelectButton.cpp" line="27"/>
        <source>Clear the choice: every value is included.</source>
        <translation>Auswahl aufheben: Jeder Wert ist eingeschlossen.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/MultiSelectButton.cpp" line="30"/>
        <source>%1 values</source>
        <translation>%1 Werte</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/MultiSelectButton.cpp" line="132"/>
        <source>%1: All</source>
        <translation>%1: Alle</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/MultiSelectButton.cpp" line="134"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/MultiSelectButton.cpp" line="136"/>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 von %3</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/MultiSelectButton.cpp" line="141"/>
        <source>Everything is included. Click to choose.</source>
        <translation>Alles ist eingeschlossen. Klicken Sie, um auszuwählen.</translation>
    </message>
</context>
<context>
    <name>storelens::ui::NetSalesTrendChart</name>
    <message>
        <location filename="../ui/charts/NetSalesTrendChart.cpp" line="30"/>
        <location filename="../ui/charts/NetSalesTrendChart.cpp" line="46"/>
        <source>Net sales over time</source>
        <translation>Nettoumsatz im Zeitverlauf</translation>
    </message>
    <message>
        <location filename="../ui/charts/NetSalesTrendChart.cpp" line="78"/>
        <source>%1 (to date)</source>
        <translation>%1 (bis heute)</translation>
    </message>
    <message>
        <location filename="../ui/charts/NetSalesTrendChart.cpp" line="107"/>
        <source>No data before %1: the line starts there.</source>
        <translation>Keine Daten vor %1: Die Linie beginnt dort.</translation>
    </message>
</context>
<context>
    <name>storelens::ui::NewReturningCustomersChart</name>
    <message>
        <location filename="../ui/charts/NewReturningCustomersChart.cpp" line="14"/>
        <location filename="../ui/charts/NewReturningCustomersChart.cpp" line="54"/>
        <source>New and returning customers</source>
        <translation>Neue und wiederkehrende Kunden</translation>
    </message>
    <message>
        <location filename="../ui/charts/NewReturningCustomersChart.cpp" line="31"/>
        <source>No identified customer bought in this period: only sales that name their customer (a customer number or an e-mail address) are counted here.</source>
        <translation>In diesem Zeitraum hat kein identifizierter Kunde gekauft: Hier zählen nur Verkäufe, die ihren Kunden nennen (eine Kundennummer oder eine E-Mail-Adresse).</translation>
    </message>
    <message>
        <location filename="../ui/charts/NewReturningCustomersChart.cpp" line="64"/>
        <source>Returning</source>
        <translation>Wiederkehrend</translation>
    </message>
    <message>
        <location filename="../ui/charts/NewReturningCustomersChart.cpp" line="65"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
</context>
<context>
    <name>storelens::ui::OrderTimeline</name>
    <message>
        <location filename="../ui/customers/OrderTimeline.cpp" line="21"/>
        <source>Order timeline</source>
        <translation>Bestellverlauf</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/customers/OrderTimeline.cpp" line="32"/>
        <source>%Ln order(s) from %1 to %2</source>
        <translation>
            <numerusform>%Ln Bestellung vom %1 bis %2</numerusform>
            <numerusform>%Ln Bestellungen vom %1 bis %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/customers/OrderTimeline.cpp" line="44"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../ui/customers/OrderTimeline.cpp" line="44"/>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <location filename="../ui/customers/OrderTimeline.cpp" line="44"/>
        <source>Net sales</source>
        <translation>Nettoumsatz</translation>
    </message>
    <message>
        <location filename="../ui/customers/OrderTimeline.cpp" line="137"/>
        <source>Order %1 on %2: net sales %3</source>
        <translation>Bestellung %1 am %2: Nettoumsatz %3</translation>
    </message>
</context>
<context>
    <name>storelens::ui::OverviewView</name>
    <message>
        <location filename="../ui/dashboard/OverviewView.cpp" line="79"/>
        <source>No workspace is open: open one (File ▸ Open…) or the sample store (File ▸ Open the Sample Store).</source>
        <translation>Kein Arbeitsbereich ist geöffnet: Öffnen Sie einen (Datei ▸ Öffnen…) oder das Beispielgeschäft (Datei ▸ Beispielgeschäft öffnen).</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/OverviewView.cpp" line="86"/>
        <source>No data yet: import orders (File ▸ Import…) to see the Overview, or open the sample store (File ▸ Open the Sample Store).</source>
        <translation>Noch keine Daten: Importieren Sie Bestellungen (Datei ▸ Importieren…), um die Übersicht zu sehen, oder öffnen Sie das Beispielgeschäft (Datei ▸ Beispielgeschäft öffnen).</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/OverviewView.cpp" line="99"/>
        <source>A customer counts as lost after %1 days without buying; the data before this period covers only %2 of those days.</source>
        <translation>Ein Kunde gilt nach %1 Tagen ohne Kauf als verloren; die Daten vor diesem Zeitraum decken nur %2 dieser Tage ab.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/OverviewView.cpp" line="180"/>
        <source>Choose &amp;tiles…</source>
        <translation>Kacheln &amp;wählen…</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/OverviewView.cpp" line="182"/>
        <source>Choose and order the KPI tiles and set targets.</source>
        <translation>KPI-Kacheln auswählen, anordnen und Ziele festlegen.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/OverviewView.cpp" line="206"/>
        <source>Net sales by store</source>
        <translation>Nettoumsatz nach Filiale</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/OverviewView.cpp" line="207"/>
        <source>Net sales by channel</source>
        <translation>Nettoumsatz nach Kanal</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/OverviewView.cpp" line="208"/>
        <source>Net sales by category</source>
        <translation>Nettoumsatz nach Kategorie</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/OverviewView.cpp" line="211"/>
        <source>Net sales by customer&apos;s country</source>
        <translation>Nettoumsatz nach Land des Kunden</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/OverviewView.cpp" line="212"/>
        <source>Top products by net sales</source>
        <translation>Top-Produkte nach Nettoumsatz</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/OverviewView.cpp" line="214"/>
        <source>Store</source>
        <translation>Filiale</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/OverviewView.cpp" line="215"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/OverviewView.cpp" line="216"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/OverviewView.cpp" line="217"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/OverviewView.cpp" line="218"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/OverviewView.cpp" line="362"/>
        <source>The targets could not be saved: %1</source>
        <translation>Die Ziele konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/OverviewView.cpp" line="508"/>
        <source>The Overview could not be computed: %1</source>
        <translation>Die Übersicht konnte nicht berechnet werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/OverviewView.cpp" line="547"/>
        <source>Previous period</source>
        <translation>Vorheriger Zeitraum</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/OverviewView.cpp" line="549"/>
        <location filename="../ui/dashboard/OverviewView.cpp" line="690"/>
        <source>A year earlier</source>
        <translation>Ein Jahr zuvor</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/OverviewView.cpp" line="601"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/OverviewView.cpp" line="603"/>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/OverviewView.cpp" line="605"/>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/OverviewView.cpp" line="607"/>
        <source>Quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/OverviewView.cpp" line="623"/>
        <source>Q%1 %2</source>
        <translation>Q%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/OverviewView.cpp" line="647"/>
        <source> (to date)</source>
        <translation> (bis heute)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/OverviewView.cpp" line="677"/>
        <location filename="../ui/dashboard/OverviewView.cpp" line="689"/>
        <source>This period</source>
        <translation>Dieser Zeitraum</translation>
    </message>
</context>
<context>
    <name>storelens::ui::PdfMetadata</name>
    <message>
        <location filename="../ui/report/PdfMetadata.cpp" line="19"/>
        <source>The PDF writer produced a file whose trailer could not be read.</source>
        <translation>Das PDF-Modul hat eine Datei erzeugt, deren Trailer nicht gelesen werden konnte.</translation>
    </message>
</context>
<context>
    <name>storelens::ui::PredictionsText</name>
    <message>
        <location filename="../ui/predictions/PredictionsText.cpp" line="33"/>
        <source>Why nearly every customer counts as still buying: this purchase history shows no sign yet of customers leaving for good (a long gap since someone&apos;s last purchase is explained just as well by their buying rarely). The Segments view&apos;s “%1” and “%2” are judged by the time since the last purchase alone.</source>
        <translation>Warum fast jeder Kunde als weiterhin kaufend gilt: Dieser Kaufverlauf zeigt noch kein Anzeichen dafür, dass Kunden endgültig abwandern (eine lange Zeit seit dem letzten Kauf erklärt sich ebenso gut dadurch, dass jemand selten kauft). „%1“ und „%2“ in der Ansicht Segmente werden allein nach der Zeit seit dem letzten Kauf beurteilt.</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsText.cpp" line="46"/>
        <source>How far to trust this: there is too little history yet to test the predictions against what really happened.</source>
        <translation>Wie verlässlich das ist: Es gibt noch zu wenig Verlauf, um die Prognosen mit dem tatsächlichen Geschehen zu vergleichen.</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsText.cpp" line="57"/>
        <source>about right</source>
        <translation>etwa richtig</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsText.cpp" line="58"/>
        <source>%1 % too high</source>
        <translation>%1 % zu hoch</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsText.cpp" line="59"/>
        <source>%1 % too low</source>
        <translation>%1 % zu niedrig</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsText.cpp" line="63"/>
        <source>StoreLens predicted the last %1 weeks from the purchases before them</source>
        <translation>StoreLens hat die letzten %1 Wochen aus den Käufen davor vorhergesagt</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsText.cpp" line="65"/>
        <source>StoreLens predicted %1 to %2 from the purchases before</source>
        <translation>StoreLens hat %1 bis %2 aus den Käufen davor vorhergesagt</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsText.cpp" line="68"/>
        <source>How far to trust this: %1 and expected %2 repeat purchases (purchases after a customer&apos;s first); customers made %3.</source>
        <translation>Wie verlässlich das ist: %1 und erwartete %2 Wiederholungskäufe (Käufe nach dem ersten Kauf eines Kunden); die Kunden tätigten %3.</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsText.cpp" line="72"/>
        <source>How far to trust this: %1 and expected %2 repeat purchases (purchases after a customer&apos;s first); customers made %3, so the predictions were %4.</source>
        <translation>Wie verlässlich das ist: %1 und erwartete %2 Wiederholungskäufe (Käufe nach dem ersten Kauf eines Kunden); die Kunden tätigten %3, die Prognosen waren also %4.</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsText.cpp" line="96"/>
        <source>Probably still customers: %1 of your %2 customers (for each, a 50 % chance or more that they still buy from you).</source>
        <translation>Wahrscheinlich noch Kunden: %1 Ihrer %2 Kunden (bei jedem eine Wahrscheinlichkeit von 50 % oder mehr, dass er noch bei Ihnen kauft).</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsText.cpp" line="100"/>
        <source>Purchases expected from them: %1 in the next quarter (13 weeks), %2 in the next year (52 weeks).</source>
        <translation>Von ihnen erwartete Käufe: %1 im nächsten Quartal (13 Wochen), %2 im nächsten Jahr (52 Wochen).</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsText.cpp" line="105"/>
        <source>Expected spend in the next %1 months: %2 in total, %3 per customer on average (their predicted lifetime value).</source>
        <translation>Erwartete Ausgaben in den nächsten %1 Monaten: %2 insgesamt, %3 pro Kunde im Durchschnitt (ihr prognostizierter Kundenwert).</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsText.cpp" line="111"/>
        <source>Expected spend: not predicted. %1</source>
        <translation>Erwartete Ausgaben: nicht vorhergesagt. %1</translation>
    </message>
</context>
<context>
    <name>storelens::ui::PredictionsView</name>
    <message>
        <location filename="../ui/predictions/PredictionsView.cpp" line="46"/>
        <source>&amp;Check against what happened</source>
        <translation>Mit dem tatsächlichen Verlauf &amp;vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsView.cpp" line="47"/>
        <source>Predict from &amp;all purchases again</source>
        <translation>Wieder aus &amp;allen Käufen prognostizieren</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsView.cpp" line="51"/>
        <source>How much customers are expected to spend</source>
        <translation>Wie viel Kunden voraussichtlich ausgeben</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsView.cpp" line="55"/>
        <source>Check: expected and actual repeat purchases</source>
        <translation>Prüfung: erwartete und tatsächliche Wiederholungskäufe</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsView.cpp" line="70"/>
        <source>The predictions are made from the purchases before this day only, then set against what the customers really bought from this day on.</source>
        <translation>Die Prognosen werden nur aus den Käufen vor diesem Tag erstellt und dann mit dem verglichen, was die Kunden ab diesem Tag tatsächlich gekauft haben.</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsView.cpp" line="78"/>
        <source>Check the predictions &amp;from:</source>
        <translation>Prognosen prüfen &amp;ab:</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsView.cpp" line="98"/>
        <source>To see how far to trust the predictions, pick a day above and choose Check against what happened: the predictions are then made from the purchases before that day only, and the repeat purchases they expect after it are set against the ones the customers really made, grouped by how often they had bought before.</source>
        <translation>Um zu sehen, wie weit Sie den Prognosen trauen können, wählen Sie oben einen Tag und dann „Mit dem tatsächlichen Verlauf vergleichen“: Die Prognosen werden dann nur aus den Käufen vor diesem Tag erstellt, und die danach erwarteten Wiederholungskäufe werden den tatsächlichen gegenübergestellt, gruppiert danach, wie oft die Kunden vorher gekauft hatten.</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsView.cpp" line="112"/>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsView.cpp" line="112"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsView.cpp" line="112"/>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsView.cpp" line="115"/>
        <source>model parameters</source>
        <translation>Modellparameter</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsView.cpp" line="122"/>
        <source>Model parameters and their meaning</source>
        <translation>Modellparameter und ihre Bedeutung</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsView.cpp" line="130"/>
        <source>&amp;Model details</source>
        <translation>&amp;Modelldetails</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsView.cpp" line="135"/>
        <source>The statistical models behind the predictions, their fitted parameters and how well they fit.</source>
        <translation>Die statistischen Modelle hinter den Prognosen, ihre angepassten Parameter und wie gut sie passen.</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsView.cpp" line="182"/>
        <location filename="../ui/predictions/PredictionsView.cpp" line="230"/>
        <source>Open a workspace to see predicted customer lifetime value: import orders or open the sample store from the File menu.</source>
        <translation>Öffnen Sie einen Arbeitsbereich, um den prognostizierten Kundenwert zu sehen: Importieren Sie Bestellungen oder öffnen Sie das Beispielgeschäft über das Menü „Datei“.</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsView.cpp" line="245"/>
        <source>The predictions could not be computed: %1</source>
        <translation>Die Prognosen konnten nicht berechnet werden: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/predictions/PredictionsView.cpp" line="286"/>
        <source>Predictions need at least %n customers within the filters, so there is nothing to check.</source>
        <translation>
            <numerusform>Prognosen brauchen mindestens %n Kunden innerhalb der Filter; daher gibt es nichts zu prüfen.</numerusform>
            <numerusform>Prognosen brauchen mindestens %n Kunden innerhalb der Filter; daher gibt es nichts zu prüfen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsView.cpp" line="289"/>
        <source>There are no predictions to check: the message below says why.</source>
        <translation>Es gibt keine Vorhersagen zu prüfen: Die Meldung unten sagt, warum.</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsView.cpp" line="313"/>
        <source>No data yet: import orders with customer ids to see predicted lifetime value.</source>
        <translation>Noch keine Daten: Importieren Sie Bestellungen mit Kundennummern, um den prognostizierten Kundenwert zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsView.cpp" line="363"/>
        <location filename="../ui/predictions/PredictionsView.cpp" line="368"/>
        <source>Customers by what they are expected to spend in the next %1 months</source>
        <translation>Kunden nach ihren voraussichtlichen Ausgaben in den nächsten %1 Monaten</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsView.cpp" line="364"/>
        <source>Not predicted: the spend model gave no average spend (see the summary above).</source>
        <translation>Nicht vorhergesagt: Das Ausgabenmodell ergab keine durchschnittlichen Ausgaben (siehe die Zusammenfassung oben).</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsView.cpp" line="385"/>
        <source>not used (%1)</source>
        <translation>nicht verwendet (%1)</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsView.cpp" line="430"/>
        <source>%1 to %2: %3 repeat purchases expected, %4 made</source>
        <translation>%1 bis %2: %3 Wiederholungskäufe erwartet, %4 getätigt</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsView.cpp" line="378"/>
        <source>Purchase model (%1)</source>
        <translation>Kaufmodell (%1)</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsView.cpp" line="325"/>
        <source>The date range does not apply here: these predictions use every purchase up to %1 (within the filters).</source>
        <translation>Der Datumsbereich gilt hier nicht: Diese Prognosen verwenden alle Käufe bis %1 (innerhalb der Filter).</translation>
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
        <translation>Kunden</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsView.cpp" line="369"/>
        <source>Expected spend per customer (predicted lifetime value)</source>
        <translation>Voraussichtliche Ausgaben pro Kunde (prognostizierter Kundenwert)</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsView.cpp" line="380"/>
        <source>%1
%2: %3
Spend model (Gamma-Gamma): %4</source>
        <translation>%1
%2: %3
Ausgabenmodell (Gamma-Gamma): %4</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsView.cpp" line="398"/>
        <source>Spend model (Gamma-Gamma)</source>
        <translation>Ausgabenmodell (Gamma-Gamma)</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsView.cpp" line="434"/>
        <source>Repeat purchases before %1</source>
        <translation>Wiederholungskäufe vor %1</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsView.cpp" line="435"/>
        <source>Repeat purchases per customer from %1</source>
        <translation>Wiederholungskäufe pro Kunde ab %1</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsView.cpp" line="436"/>
        <source>Actual</source>
        <translation>Tatsächlich</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsView.cpp" line="436"/>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
</context>
<context>
    <name>storelens::ui::PreferencesDialog</name>
    <message>
        <location filename="../ui/common/PreferencesDialog.cpp" line="20"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/common/PreferencesDialog.cpp" line="30"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../ui/common/PreferencesDialog.cpp" line="51"/>
        <source>The language of the windows, numbers, dates and the PDF report changes when StoreLens is started again.</source>
        <translation>Die Sprache der Fenster, Zahlen, Datumsangaben und des PDF-Berichts ändert sich beim nächsten Start von StoreLens.</translation>
    </message>
    <message>
        <location filename="../ui/common/PreferencesDialog.cpp" line="56"/>
        <source>The windows, numbers, dates and the PDF report use this language.</source>
        <translation>Die Fenster, Zahlen, Datumsangaben und der PDF-Bericht verwenden diese Sprache.</translation>
    </message>
    <message>
        <location filename="../ui/common/PreferencesDialog.cpp" line="68"/>
        <source>StoreLens has no translation into %1, the system&apos;s language: its words are English; numbers and dates are written as in %2.</source>
        <translation>StoreLens hat keine Übersetzung in %1, die Sprache des Systems: Die Texte sind englisch; Zahlen und Datumsangaben werden wie in %2 geschrieben.</translation>
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
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ProfilesDialog.cpp" line="39"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ProfilesDialog.cpp" line="42"/>
        <source>Import Profiles</source>
        <translation>Importprofile</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ProfilesDialog.cpp" line="45"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ProfilesDialog.cpp" line="45"/>
        <source>Holds</source>
        <translation>Enthält</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ProfilesDialog.cpp" line="45"/>
        <source>Columns used</source>
        <translation>Verwendete Spalten</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ProfilesDialog.cpp" line="60"/>
        <source>Saved import settings are offered again when a file with the same columns is imported. Double-click a name to rename it.</source>
        <translation>Gespeicherte Importeinstellungen werden wieder angeboten, wenn eine Datei mit denselben Spalten importiert wird. Doppelklicken Sie auf einen Namen, um ihn umzubenennen.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ProfilesDialog.cpp" line="78"/>
        <source>Delete Import Profile</source>
        <translation>Importprofil löschen</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ProfilesDialog.cpp" line="79"/>
        <source>Delete the import profile &quot;%1&quot;? Data imported with it stays in the workspace.</source>
        <translation>Das Importprofil „%1“ löschen? Damit importierte Daten bleiben im Arbeitsbereich.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ProfilesDialog.cpp" line="181"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ProfilesDialog.cpp" line="192"/>
        <source>No import profiles yet. The import wizard offers to save one after an import.</source>
        <translation>Noch keine Importprofile. Der Import-Assistent bietet nach einem Import an, eines zu speichern.</translation>
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
        <translation>Keine zuletzt geöffneten Arbeitsbereiche</translation>
    </message>
    <message>
        <location filename="../ui/shell/RecentFiles.cpp" line="106"/>
        <source>Clear Recent Workspaces</source>
        <translation>Liste der zuletzt geöffneten Arbeitsbereiche leeren</translation>
    </message>
</context>
<context>
    <name>storelens::ui::RejectionModel</name>
    <message>
        <location filename="../ui/importwizard/RejectionModel.cpp" line="43"/>
        <source>(whole row)</source>
        <translation>(ganze Zeile)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/RejectionModel.cpp" line="61"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/RejectionModel.cpp" line="63"/>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/RejectionModel.cpp" line="65"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/RejectionModel.cpp" line="67"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>storelens::ui::ReportAppendix</name>
    <message>
        <location filename="../ui/report/ReportAppendix.cpp" line="25"/>
        <location filename="../ui/report/ReportAppendix.cpp" line="124"/>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportAppendix.cpp" line="31"/>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportAppendix.cpp" line="34"/>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportAppendix.cpp" line="35"/>
        <source>The previous period is the period of the same length ending the day before the report&apos;s period; a weekly, monthly or quarterly report compares with the calendar week, month or quarter before and with the same one a year earlier (weeks: 52 weeks earlier).</source>
        <translation>Der vorherige Zeitraum ist der gleich lange Zeitraum, der am Tag vor dem Berichtszeitraum endet; ein Wochen-, Monats- oder Quartalsbericht vergleicht mit der vorherigen Kalenderwoche, dem vorherigen Monat bzw. Quartal und mit demselben ein Jahr zuvor (Wochen: 52 Wochen zuvor).</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportAppendix.cpp" line="40"/>
        <source>Change, change %</source>
        <translation>Veränderung, Veränderung %</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportAppendix.cpp" line="41"/>
        <source>Change = value − comparison; change % = (value − comparison) ÷ |comparison|, no data when the comparison is 0. Ratios change in percentage points (pp).</source>
        <translation>Veränderung = Wert − Vergleich; Veränderung % = (Wert − Vergleich) ÷ |Vergleich|, keine Daten, wenn der Vergleich 0 ist. Quoten ändern sich in Prozentpunkten (Pp.).</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportAppendix.cpp" line="45"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportAppendix.cpp" line="46"/>
        <source>The target saved for the KPI in this workspace; met when the value is at or beyond it in the KPI&apos;s good direction.</source>
        <translation>Das im Arbeitsbereich für die Kennzahl gespeicherte Ziel; erreicht, wenn der Wert es in der günstigen Richtung der Kennzahl erreicht oder übertrifft.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportAppendix.cpp" line="51"/>
        <source>Trend charts</source>
        <translation>Trenddiagramme</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportAppendix.cpp" line="52"/>
        <source>Each point is the KPI computed over the days of one bucket exactly as over the whole period.</source>
        <translation>Jeder Punkt ist die Kennzahl, berechnet über die Tage eines Abschnitts, genau wie über den ganzen Zeitraum.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportAppendix.cpp" line="56"/>
        <source>Top products, categories, stores, channels</source>
        <translation>Top-Produkte, -Kategorien, -Filialen, -Kanäle</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportAppendix.cpp" line="57"/>
        <source>Net sales of the period&apos;s lines (returns included), their share of the period&apos;s net sales, orders with a sale line of the product or group, and units sold on sale lines.</source>
        <translation>Nettoumsatz der Zeilen des Zeitraums (einschließlich Retouren), ihr Anteil am Nettoumsatz des Zeitraums, Bestellungen mit einer Verkaufszeile des Produkts oder der Gruppe und auf Verkaufszeilen verkaufte Artikel.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportAppendix.cpp" line="62"/>
        <source>Cohort retention</source>
        <translation>Kundenbindung nach Kohorte</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportAppendix.cpp" line="63"/>
        <source>A customer&apos;s cohort is the week (Monday start), month or quarter of their first sale line. Retention at age k = customers of the cohort with a sale line in period cohort + k ÷ cohort size (age 0 is 100 %). A cell whose period ends after the as-of date is partial.</source>
        <translation>Die Kohorte eines Kunden ist die Woche (ab Montag), der Monat oder das Quartal seiner ersten Verkaufszeile. Kundenbindung im Alter k = Kunden der Kohorte mit einer Verkaufszeile im Zeitraum Kohorte + k ÷ Kohortengröße (Alter 0 ist 100 %). Eine Zelle, deren Zeitraum nach dem Stichtag endet, ist unvollständig.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportAppendix.cpp" line="69"/>
        <source>RFM scores</source>
        <translation>RFM-Werte</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportAppendix.cpp" line="70"/>
        <source>Recency = days from the last sale line to the day after the as-of date; frequency = distinct orders with sale lines; monetary = net sales up to the as-of date. Each is scored 1–5 by tie-aware percentile; recency is scored so the most recent score 5. FM = (F + M) ÷ 2 rounded half up.</source>
        <translation>Aktualität (Recency) = Tage von der letzten Verkaufszeile bis zum Tag nach dem Stichtag; Häufigkeit (Frequency) = verschiedene Bestellungen mit Verkaufszeilen; Umsatz (Monetary) = Nettoumsatz bis zum Stichtag. Jeder Wert wird per Perzentil (gleiche Werte gleich behandelt) mit 1–5 bewertet; bei der Aktualität erhalten die jüngsten Käufe eine 5. FM = (F + M) ÷ 2, kaufmännisch gerundet.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportAppendix.cpp" line="76"/>
        <source>RFM segments</source>
        <translation>RFM-Segmente</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportAppendix.cpp" line="77"/>
        <source>Named by recency score R and FM score with the workspace&apos;s segment grid (the RFM grid above).</source>
        <translation>Benannt nach Aktualitätswert R und FM-Wert anhand des Segmentrasters des Arbeitsbereichs (das RFM-Raster oben).</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportAppendix.cpp" line="80"/>
        <source>Lifecycle stages</source>
        <translation>Lebenszyklusphasen</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportAppendix.cpp" line="81"/>
        <source>New: first purchase within the last 30 days; Lapsed: no purchase in the last 180 days; At risk: no purchase in the last 90 days; Active: everyone else. Evaluated in that order, with the workspace&apos;s thresholds.</source>
        <translation>Neu: erster Kauf innerhalb der letzten 30 Tage; Inaktiv: kein Kauf in den letzten 180 Tagen; Gefährdet: kein Kauf in den letzten 90 Tagen; Aktiv: alle anderen. In dieser Reihenfolge bewertet, mit den Schwellen des Arbeitsbereichs.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportAppendix.cpp" line="86"/>
        <source>Value tiers</source>
        <translation>Wertstufen</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportAppendix.cpp" line="87"/>
        <source>By historical CLV percentile: High at 80 % or more, Medium from 50 % to under 80 %, Low the rest.</source>
        <translation>Nach Perzentil des historischen Kundenwerts: Hoch ab 80 %, Mittel von 50 % bis unter 80 %, Niedrig der Rest.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportAppendix.cpp" line="90"/>
        <source>Segment figures</source>
        <translation>Segmentkennzahlen</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportAppendix.cpp" line="91"/>
        <source>Share of customers and of net sales of the whole customer base; average order value = (G − D) ÷ orders; orders per customer; median recency in days.</source>
        <translation>Anteil an den Kunden und am Nettoumsatz des gesamten Kundenstamms; durchschnittlicher Bestellwert = (B − R) ÷ Bestellungen; Bestellungen pro Kunde; Median der Tage seit dem letzten Kauf.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportAppendix.cpp" line="97"/>
        <source>Predicted CLV</source>
        <translation>Prognostizierter Kundenwert (CLV)</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportAppendix.cpp" line="98"/>
        <source>BG/NBD (Fader, Hardie &amp; Lee 2005) and Gamma-Gamma models fitted to every identified customer&apos;s purchase days; CLV over 12 months discounted monthly at 10 % a year. No prediction for fewer than 200 customers, under 90 days of history, no repeat buyers or a fit that does not converge.</source>
        <translation>BG/NBD- (Fader, Hardie &amp; Lee 2005) und Gamma-Gamma-Modelle, angepasst an die Kauftage jedes identifizierten Kunden; Kundenwert über 12 Monate, monatlich mit 10 % pro Jahr abgezinst. Keine Prognose bei weniger als 200 Kunden, unter 90 Tagen Historie, ohne Wiederholungskäufer oder wenn die Anpassung nicht konvergiert.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportAppendix.cpp" line="104"/>
        <source>Other figures</source>
        <translation>Weitere Kennzahlen</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportAppendix.cpp" line="115"/>
        <source>Every figure follows StoreLens&apos; metric definitions. Money is exact and rounded to two places only for display; ratios are shown as percentages. Filters select order lines before anything is computed.</source>
        <translation>Jede Kennzahl folgt den Kennzahldefinitionen von StoreLens. Geldbeträge sind exakt und werden nur für die Anzeige auf zwei Stellen gerundet; Quoten werden als Prozentwerte angezeigt. Filter wählen Bestellzeilen aus, bevor etwas berechnet wird.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportAppendix.cpp" line="120"/>
        <source>KPIs</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportAppendix.cpp" line="123"/>
        <location filename="../ui/report/ReportAppendix.cpp" line="130"/>
        <source>KPI</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportAppendix.cpp" line="125"/>
        <source>Formula</source>
        <translation>Formel</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportAppendix.cpp" line="137"/>
        <source>KPIs without data, and why</source>
        <translation>Kennzahlen ohne Daten und warum</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportAppendix.cpp" line="143"/>
        <source>Abbreviations</source>
        <translation>Abkürzungen</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportAppendix.cpp" line="144"/>
        <source>Abbreviation</source>
        <translation>Abkürzung</translation>
    </message>
</context>
<context>
    <name>storelens::ui::ReportController</name>
    <message>
        <location filename="../ui/report/ReportController.cpp" line="28"/>
        <source>&amp;Export Report…</source>
        <translation>Bericht &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportController.cpp" line="31"/>
        <source>Write a PDF report of the open workspace for the owner.</source>
        <translation>Einen PDF-Bericht des geöffneten Arbeitsbereichs für die Geschäftsleitung schreiben.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportController.cpp" line="75"/>
        <source>Writing the report…</source>
        <translation>Der Bericht wird geschrieben…</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportController.cpp" line="86"/>
        <location filename="../ui/report/ReportController.cpp" line="96"/>
        <location filename="../ui/report/ReportController.cpp" line="162"/>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/report/ReportController.cpp" line="87"/>
        <source>The report was written: %Ln page(s).</source>
        <translation>
            <numerusform>Der Bericht wurde geschrieben: %Ln Seite.</numerusform>
            <numerusform>Der Bericht wurde geschrieben: %Ln Seiten.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/report/ReportController.cpp" line="110"/>
        <source>Preparing the preview…</source>
        <translation>Die Vorschau wird vorbereitet…</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportController.cpp" line="135"/>
        <source>Report Preview</source>
        <translation>Berichtsvorschau</translation>
    </message>
</context>
<context>
    <name>storelens::ui::ReportDialog</name>
    <message>
        <location filename="../ui/report/ReportDialog.cpp" line="41"/>
        <location filename="../ui/report/ReportDialog.cpp" line="155"/>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportDialog.cpp" line="46"/>
        <source>Current filters (the dashboard&apos;s period and comparison)</source>
        <translation>Aktuelle Filter (Zeitraum und Vergleich des Dashboards)</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportDialog.cpp" line="47"/>
        <source>Weekly: last complete week</source>
        <translation>Wöchentlich: letzte vollständige Woche</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportDialog.cpp" line="48"/>
        <source>Monthly: last complete month</source>
        <translation>Monatlich: letzter vollständiger Monat</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportDialog.cpp" line="49"/>
        <source>Quarterly: last complete quarter</source>
        <translation>Vierteljährlich: letztes vollständiges Quartal</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportDialog.cpp" line="53"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportDialog.cpp" line="54"/>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportDialog.cpp" line="57"/>
        <source>Portrait</source>
        <translation>Hochformat</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportDialog.cpp" line="58"/>
        <source>Landscape</source>
        <translation>Querformat</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportDialog.cpp" line="60"/>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportDialog.cpp" line="75"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportDialog.cpp" line="80"/>
        <source>&amp;Open the report when it is done</source>
        <translation>Bericht nach Fertigstellung ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportDialog.cpp" line="85"/>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportDialog.cpp" line="86"/>
        <source>Paper &amp;size:</source>
        <translation>Papier&amp;größe:</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportDialog.cpp" line="87"/>
        <source>&amp;Orientation:</source>
        <translation>&amp;Ausrichtung:</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportDialog.cpp" line="88"/>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportDialog.cpp" line="94"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportDialog.cpp" line="95"/>
        <source>Pre&amp;view…</source>
        <translation>&amp;Vorschau…</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportDialog.cpp" line="109"/>
        <location filename="../ui/report/ReportDialog.cpp" line="186"/>
        <source>%1 report.pdf</source>
        <translation>%1 Bericht.pdf</translation>
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
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
</context>
<context>
    <name>storelens::ui::ReportDocument</name>
    <message>
        <location filename="../ui/report/ReportDocument.cpp" line="81"/>
        <source>StoreLens report: %1</source>
        <translation>StoreLens-Bericht: %1</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportDocument.cpp" line="93"/>
        <source>Generated %1</source>
        <translation>Erstellt am %1</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportDocument.cpp" line="97"/>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>storelens::ui::ReportExplainSection</name>
    <message>
        <location filename="../ui/report/ReportExplainSection.cpp" line="45"/>
        <source>There is no change to explain: %1</source>
        <translation>Es gibt keine Veränderung zu erklären: %1</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExplainSection.cpp" line="61"/>
        <source>By</source>
        <translation>Nach</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExplainSection.cpp" line="62"/>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExplainSection.cpp" line="63"/>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExplainSection.cpp" line="64"/>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExplainSection.cpp" line="65"/>
        <source>Part of the change</source>
        <translation>Anteil an der Veränderung</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExplainSection.cpp" line="84"/>
        <source>For a ratio each member&apos;s part is its mix effect (its share moved) plus its rate effect (its own value moved); the parts of a dimension add up to the change.</source>
        <translation>Bei einer Verhältniszahl ist der Anteil jedes Mitglieds sein Mix-Effekt (sein Anteil hat sich verschoben) plus sein Satz-Effekt (sein eigener Wert hat sich verändert); die Anteile einer Dimension ergeben zusammen die Veränderung.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExplainSection.cpp" line="88"/>
        <source>The parts of a dimension add up to the change.</source>
        <translation>Die Anteile einer Dimension ergeben zusammen die Veränderung.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExplainSection.cpp" line="157"/>
        <source>What changed</source>
        <translation>Was sich verändert hat</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExplainSection.cpp" line="160"/>
        <source>%1 against %2. Net sales, then the figures that moved most beyond normal variation, split into parts that add up to the change.</source>
        <translation>%1 gegenüber %2. Der Nettoumsatz, dann die Zahlen, die sich am deutlichsten über die normale Schwankung hinaus bewegt haben, aufgeteilt in Anteile, die zusammen die Veränderung ergeben.</translation>
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
            <numerusform>%1 bis %2 (%Ln Tag)</numerusform>
            <numerusform>%1 bis %2 (%Ln Tage)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/report/ReportFormat.cpp" line="64"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportFormat.cpp" line="71"/>
        <source>None (all order lines)</source>
        <translation>Keine (alle Bestellzeilen)</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportFormat.cpp" line="75"/>
        <source>Stores: %1</source>
        <translation>Filialen: %1</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportFormat.cpp" line="78"/>
        <source>Channels: %1</source>
        <translation>Kanäle: %1</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportFormat.cpp" line="84"/>
        <source>Countries: %1</source>
        <translation>Länder: %1</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportFormat.cpp" line="87"/>
        <source>Categories: %1</source>
        <translation>Kategorien: %1</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportFormat.cpp" line="89"/>
        <source>Segment: %1</source>
        <translation>Segment: %1</translation>
    </message>
</context>
<context>
    <name>storelens::ui::ReportOptions</name>
    <message>
        <location filename="../ui/report/ReportOptions.cpp" line="18"/>
        <source>Key figures</source>
        <translation>Kennzahlen im Überblick</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportOptions.cpp" line="19"/>
        <source>Trends</source>
        <translation>Trends</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportOptions.cpp" line="20"/>
        <source>Cohorts</source>
        <translation>Kohorten</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportOptions.cpp" line="22"/>
        <source>Customer segments</source>
        <translation>Kundensegmente</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportOptions.cpp" line="24"/>
        <source>Top products and categories</source>
        <translation>Top-Produkte und -Kategorien</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportOptions.cpp" line="26"/>
        <source>Predicted customer lifetime value</source>
        <translation>Prognostizierter Kundenwert (CLV)</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportOptions.cpp" line="28"/>
        <source>Appendix: definitions</source>
        <translation>Anhang: Definitionen</translation>
    </message>
</context>
<context>
    <name>storelens::ui::ReportRfmGridBlock</name>
    <message>
        <location filename="../ui/report/ReportRfmGridBlock.cpp" line="74"/>
        <source>Frequency–monetary score (FM)</source>
        <translation>Häufigkeits-Umsatz-Wert (FM)</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportRfmGridBlock.cpp" line="78"/>
        <source>Recency score (R)</source>
        <translation>Aktualitätswert (R)</translation>
    </message>
</context>
<context>
    <name>storelens::ui::ReportSections</name>
    <message>
        <location filename="../ui/report/ReportCustomerSections.cpp" line="36"/>
        <source>weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportCustomerSections.cpp" line="38"/>
        <source>quarters</source>
        <translation>Quartale</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportCustomerSections.cpp" line="40"/>
        <source>months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportCustomerSections.cpp" line="50"/>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportCustomerSections.cpp" line="51"/>
        <source>Share of customers</source>
        <translation>Anteil an den Kunden</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportCustomerSections.cpp" line="52"/>
        <location filename="../ui/report/ReportSalesSections.cpp" line="191"/>
        <source>Share of net sales</source>
        <translation>Anteil am Nettoumsatz</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportCustomerSections.cpp" line="53"/>
        <location filename="../ui/report/ReportSalesSections.cpp" line="190"/>
        <source>Net sales</source>
        <translation>Nettoumsatz</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportCustomerSections.cpp" line="54"/>
        <source>Average order value</source>
        <translation>Durchschnittlicher Bestellwert</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportCustomerSections.cpp" line="55"/>
        <source>Orders per customer</source>
        <translation>Bestellungen pro Kunde</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportCustomerSections.cpp" line="56"/>
        <source>Median recency (days)</source>
        <translation>Median Tage seit letztem Kauf</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportCustomerSections.cpp" line="61"/>
        <location filename="../ui/report/ReportCustomerSections.cpp" line="205"/>
        <source>no prices imported</source>
        <translation>keine Preise importiert</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportCustomerSections.cpp" line="77"/>
        <location filename="../ui/report/ReportCustomerSections.cpp" line="146"/>
        <source>Cohort</source>
        <translation>Kohorte</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportCustomerSections.cpp" line="78"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportCustomerSections.cpp" line="126"/>
        <source>No customer made a first purchase in %1.</source>
        <translation>Kein Kunde hat im Zeitraum %1 zum ersten Mal gekauft.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportCustomerSections.cpp" line="131"/>
        <source>Customer retention: the share of each cohort&apos;s customers who bought in each of the %1 after their first purchase (0 is the first). Cohorts whose first purchase falls in %2.</source>
        <translation>Kundenbindung: der Anteil der Kunden jeder Kohorte, die in den einzelnen Zeiträumen (%1) nach ihrem ersten Kauf gekauft haben (0 ist der erste). Kohorten, deren erster Kauf in den Zeitraum %2 fällt.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportCustomerSections.cpp" line="165"/>
        <source>%1 to %2 %3 after the first purchase</source>
        <translation>%1 bis %2 %3 nach dem ersten Kauf</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportCustomerSections.cpp" line="176"/>
        <source>To date: the period is still running</source>
        <translation>Bis heute: Der Zeitraum läuft noch</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportCustomerSections.cpp" line="177"/>
        <source>Blank: not reached yet</source>
        <translation>Leer: noch nicht erreicht</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportCustomerSections.cpp" line="179"/>
        <source>Shading runs from 0 to the highest retention after the first period (%1); darker means more customers came back.</source>
        <translation>Die Schattierung reicht von 0 bis zur höchsten Kundenbindung nach dem ersten Zeitraum (%1); dunkler bedeutet, dass mehr Kunden wiedergekommen sind.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/report/ReportCustomerSections.cpp" line="201"/>
        <source>%Ln customer(s) bought within the filters up to the as-of date (net sales %1). Segments describe the customer base as of that day; the report&apos;s period does not restrict them.</source>
        <translation>
            <numerusform>%Ln Kunde hat innerhalb der Filter bis zum Stichtag gekauft (Nettoumsatz %1). Segmente beschreiben den Kundenstamm zu diesem Tag; der Zeitraum des Berichts schränkt sie nicht ein.</numerusform>
            <numerusform>%Ln Kunden haben innerhalb der Filter bis zum Stichtag gekauft (Nettoumsatz %1). Segmente beschreiben den Kundenstamm zu diesem Tag; der Zeitraum des Berichts schränkt sie nicht ein.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/report/ReportCustomerSections.cpp" line="209"/>
        <source>%Ln customer(s) bought only lines imported without prices: their net sales are unknown and not in the figures below.</source>
        <translation>
            <numerusform>%Ln Kunde hat nur ohne Preise importierte Zeilen gekauft: Sein Nettoumsatz ist unbekannt und nicht in den folgenden Zahlen enthalten.</numerusform>
            <numerusform>%Ln Kunden haben nur ohne Preise importierte Zeilen gekauft: Ihr Nettoumsatz ist unbekannt und nicht in den folgenden Zahlen enthalten.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/report/ReportCustomerSections.cpp" line="233"/>
        <source>The report&apos;s period does not apply here: these predictions use every purchase up to %1 within the filters.</source>
        <translation>Der Zeitraum des Berichts gilt hier nicht: Diese Prognosen verwenden alle Käufe bis %1 innerhalb der Filter.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportCustomerSections.cpp" line="238"/>
        <source>Model details</source>
        <translation>Modelldetails</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportCustomerSections.cpp" line="248"/>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportCustomerSections.cpp" line="250"/>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportCustomerSections.cpp" line="256"/>
        <source>Purchase model (%1): %2 Spend model (Gamma-Gamma): %3</source>
        <translation>Kaufmodell (%1): %2 Ausgabenmodell (Gamma-Gamma): %3</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportCustomerSections.cpp" line="261"/>
        <source>not used (%1)</source>
        <translation>nicht verwendet (%1)</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportCustomerSections.cpp" line="212"/>
        <source>RFM segments</source>
        <translation>RFM-Segmente</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportCustomerSections.cpp" line="213"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportCustomerSections.cpp" line="214"/>
        <source>RFM grid: customers by recency and frequency–monetary score</source>
        <translation>RFM-Raster: Kunden nach Aktualitätswert und Häufigkeits-Umsatz-Wert</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportCustomerSections.cpp" line="217"/>
        <source>Lifecycle stages</source>
        <translation>Lebenszyklusphasen</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportCustomerSections.cpp" line="218"/>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportCustomerSections.cpp" line="219"/>
        <source>Value tiers</source>
        <translation>Wertstufen</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportCustomerSections.cpp" line="220"/>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportCustomerSections.cpp" line="229"/>
        <source>No prediction: %1</source>
        <translation>Keine Prognose: %1</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportCustomerSections.cpp" line="249"/>
        <location filename="../ui/report/ReportSalesSections.cpp" line="236"/>
        <location filename="../ui/report/ReportSalesSections.cpp" line="374"/>
        <source>Value</source>
        <translation>Wert</translation>
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
        <translation>n. v.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="144"/>
        <source>%1 (met)</source>
        <translation>%1 (erreicht)</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="145"/>
        <source>%1 (missed)</source>
        <translation>%1 (verfehlt)</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="154"/>
        <source>W%1</source>
        <translation>KW%1</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="158"/>
        <source>Q%1 %2</source>
        <translation>Q%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="183"/>
        <source>No sales in the period.</source>
        <translation>Keine Verkäufe im Zeitraum.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="188"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="192"/>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="193"/>
        <source>Units</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="235"/>
        <source>At a glance</source>
        <translation>Auf einen Blick</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="379"/>
        <source>Change %</source>
        <translation>Veränderung %</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="270"/>
        <source>Store report</source>
        <translation>Filialbericht</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="288"/>
        <source>%1, the last complete %2</source>
        <translation>%1 (letzter vollständiger Zeitraum: %2)</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="290"/>
        <source>week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="292"/>
        <location filename="../ui/report/ReportSalesSections.cpp" line="534"/>
        <source>month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="293"/>
        <source>quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="294"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="298"/>
        <source>Compared with</source>
        <translation>Verglichen mit</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="299"/>
        <source>No comparison</source>
        <translation>Kein Vergleich</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="302"/>
        <source>Filters in force</source>
        <translation>Aktive Filter</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="305"/>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="306"/>
        <source>%1 to %2 (the as-of date: the last day with data)</source>
        <translation>%1 bis %2 (der Stichtag: der letzte Tag mit Daten)</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="309"/>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="311"/>
        <source>Generated</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="313"/>
        <source>Prepared by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="321"/>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="325"/>
        <source>Note (%1): %2</source>
        <translation>Hinweis (%1): %2</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="338"/>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="345"/>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="366"/>
        <source>A rate&apos;s change is in percentage points (pp).</source>
        <translation>Die Veränderung einer Quote ist in Prozentpunkten (Pp.) angegeben.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="373"/>
        <source>KPI</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="239"/>
        <location filename="../ui/report/ReportSalesSections.cpp" line="378"/>
        <location filename="../ui/report/ReportSalesSections.cpp" line="379"/>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="383"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="402"/>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="450"/>
        <source>No data for: %1. The appendix says why.</source>
        <translation>Keine Daten für: %1. Der Anhang erklärt, warum.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="370"/>
        <source>No targets are set for this workspace.</source>
        <translation>Für diesen Arbeitsbereich sind keine Ziele festgelegt.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="87"/>
        <source>n/a: not comparable. The comparison period, or for retention and churn their look-back window, holds too little data (under 90 % of its days), so no change is shown; the notes on the first page say which.</source>
        <translation>n. v.: nicht vergleichbar. Der Vergleichszeitraum, bei Kundenbindung und Abwanderung ihr Rückblickfenster, enthält zu wenige Daten (unter 90 % seiner Tage), daher wird keine Veränderung gezeigt; die Hinweise auf der ersten Seite sagen, welches.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="102"/>
        <source>too early</source>
        <comment>retention cannot tell yet: a table cell&apos;s short form</comment>
        <translation>zu früh</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="110"/>
        <source>too early: a customer counts as lost after %1 days without buying, and the data before the period covers only %2 of those days, so retention and churn cannot tell yet who was lost.</source>
        <translation>zu früh: Ein Kunde gilt nach %1 Tagen ohne Kauf als verloren, und die Daten vor dem Zeitraum decken nur %2 dieser Tage ab; Kundenbindung und Abwanderung können daher noch nicht sagen, wer verloren ist.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="359"/>
        <source>%1. Change % is (value − comparison) ÷ |comparison|. As on the tiles, dark green marks a change for the better and dark red one for the worse only when it is beyond normal variation; other changes are plain.</source>
        <translation>%1. Veränderung % ist (Wert − Vergleich) ÷ |Vergleich|. Wie auf den Kacheln markiert Dunkelgrün eine Veränderung zum Besseren und Dunkelrot eine zum Schlechteren nur, wenn sie über die normale Schwankung hinausgeht; andere Veränderungen bleiben ohne Farbe.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="364"/>
        <source>Changes against the second comparison are plain.</source>
        <translation>Veränderungen gegenüber dem zweiten Vergleich bleiben ohne Farbe.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="371"/>
        <source>The targets could not be read: %1</source>
        <translation>Die Ziele konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="462"/>
        <source>No trend: the period has no data.</source>
        <translation>Kein Trend: Der Zeitraum enthält keine Daten.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="532"/>
        <source>day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="533"/>
        <source>week (Monday to Sunday)</source>
        <translation>Woche (Montag bis Sonntag)</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="536"/>
        <source>One point per %1; the dashed line is the comparison period, aligned bucket by bucket.</source>
        <translation>Ein Punkt pro %1; die gestrichelte Linie ist der Vergleichszeitraum, Abschnitt für Abschnitt ausgerichtet.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="539"/>
        <source>One point per %1.</source>
        <translation>Ein Punkt pro %1.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="541"/>
        <source>No comparison line: the comparison period holds too little data to compare with.</source>
        <translation>Keine Vergleichslinie: Der Vergleichszeitraum enthält zu wenige Daten für einen Vergleich.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="544"/>
        <source>The last %1 is not over yet: its figures are to date, drawn with a dashed line and a hatched column.</source>
        <translation>Der letzte Abschnitt (%1) ist noch nicht vorbei: Seine Zahlen gelten bis heute und sind mit gestrichelter Linie und schraffierter Säule gezeichnet.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="548"/>
        <source>A bucket cut by the period&apos;s start or end holds only its days inside the period.</source>
        <translation>Ein Abschnitt, der vom Beginn oder Ende des Zeitraums angeschnitten wird, enthält nur seine Tage innerhalb des Zeitraums.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="565"/>
        <source>Top products by net sales</source>
        <translation>Top-Produkte nach Nettoumsatz</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/report/ReportSalesSections.cpp" line="566"/>
        <source>Top %Ln product(s) by net sales</source>
        <translation>
            <numerusform>Top-%Ln-Produkt nach Nettoumsatz</numerusform>
            <numerusform>Top-%Ln-Produkte nach Nettoumsatz</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="568"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="569"/>
        <source>The orders of the period carry no products: import order lines with products to see a ranking.</source>
        <translation>Die Bestellungen des Zeitraums enthalten keine Produkte: Importieren Sie Bestellzeilen mit Produkten, um eine Rangliste zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="574"/>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="574"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="576"/>
        <source>Stores</source>
        <translation>Filialen</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="576"/>
        <source>Store</source>
        <translation>Filiale</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="578"/>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="578"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
</context>
<context>
    <name>storelens::ui::ReportWaterfallBlock</name>
    <message>
        <location filename="../ui/report/ReportWaterfallBlock.cpp" line="83"/>
        <source>The bars start at %1, not at zero, so the parts can be seen.</source>
        <translation>Die Balken beginnen bei %1, nicht bei null, damit die Teile sichtbar sind.</translation>
    </message>
</context>
<context>
    <name>storelens::ui::ReportWriter</name>
    <message>
        <location filename="../ui/report/ReportWriter.cpp" line="31"/>
        <source>The report was cancelled.</source>
        <translation>Der Bericht wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportWriter.cpp" line="50"/>
        <source>StoreLens report: %1</source>
        <translation>StoreLens-Bericht: %1</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportWriter.cpp" line="51"/>
        <source>StoreLens report: %1, %2</source>
        <translation>StoreLens-Bericht: %1, %2</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportWriter.cpp" line="80"/>
        <source>The PDF could not be started.</source>
        <translation>Das PDF konnte nicht begonnen werden.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportWriter.cpp" line="128"/>
        <source>The report could not be written: %1</source>
        <translation>Der Bericht konnte nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>storelens::ui::RfmGridWidget</name>
    <message>
        <location filename="../ui/segments/RfmGridWidget.cpp" line="82"/>
        <source>RFM grid</source>
        <translation>RFM-Raster</translation>
    </message>
    <message>
        <location filename="../ui/segments/RfmGridWidget.cpp" line="279"/>
        <source>No customers within the filters.</source>
        <translation>Keine Kunden innerhalb der Filter.</translation>
    </message>
    <message>
        <location filename="../ui/segments/RfmGridWidget.cpp" line="198"/>
        <location filename="../ui/segments/RfmGridWidget.cpp" line="343"/>
        <source>Frequency and monetary score (FM)</source>
        <translation>Häufigkeits- und Umsatzwert (FM)</translation>
    </message>
    <message>
        <location filename="../ui/segments/RfmGridWidget.cpp" line="198"/>
        <location filename="../ui/segments/RfmGridWidget.cpp" line="347"/>
        <source>Recency score (R)</source>
        <translation>Aktualitätswert (R)</translation>
    </message>
    <message>
        <location filename="../ui/segments/RfmGridWidget.cpp" line="198"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../ui/segments/RfmGridWidget.cpp" line="199"/>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location filename="../ui/segments/RfmGridWidget.cpp" line="199"/>
        <source>Net sales</source>
        <translation>Nettoumsatz</translation>
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
%Ln Kunde (%4 % aller)
Nettoumsatz %5</numerusform>
            <numerusform>%1
R %2, FM %3
%Ln Kunden (%4 % aller)
Nettoumsatz %5</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/segments/RfmGridWidget.cpp" line="364"/>
        <source>Customers per cell: 0 to %1</source>
        <translation>Kunden pro Zelle: 0 bis %1</translation>
    </message>
    <message>
        <location filename="../ui/segments/RfmGridWidget.cpp" line="365"/>
        <source>Net sales per cell: 0 to %1</source>
        <translation>Nettoumsatz pro Zelle: 0 bis %1</translation>
    </message>
</context>
<context>
    <name>storelens::ui::RuleBuilderDialog</name>
    <message>
        <location filename="../ui/segments/RuleBuilderDialog.cpp" line="52"/>
        <source>New Segment</source>
        <translation>Neues Segment</translation>
    </message>
    <message>
        <location filename="../ui/segments/RuleBuilderDialog.cpp" line="54"/>
        <source>For example: Lapsed big spenders in Germany</source>
        <translation>Zum Beispiel: Inaktive Großkunden in Deutschland</translation>
    </message>
    <message>
        <location filename="../ui/segments/RuleBuilderDialog.cpp" line="56"/>
        <source>every group</source>
        <translation>jeder Gruppe</translation>
    </message>
    <message>
        <location filename="../ui/segments/RuleBuilderDialog.cpp" line="57"/>
        <source>at least one group</source>
        <translation>mindestens einer Gruppe</translation>
    </message>
    <message>
        <location filename="../ui/segments/RuleBuilderDialog.cpp" line="69"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/segments/RuleBuilderDialog.cpp" line="70"/>
        <source>Customers must match &amp;conditions of:</source>
        <translation>Kunden müssen die &amp;Bedingungen erfüllen von:</translation>
    </message>
    <message>
        <location filename="../ui/segments/RuleBuilderDialog.cpp" line="75"/>
        <source>Add &amp;Group</source>
        <translation>&amp;Gruppe hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/segments/RuleBuilderDialog.cpp" line="137"/>
        <source>Edit Segment %1</source>
        <translation>Segment %1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/segments/RuleBuilderDialog.cpp" line="172"/>
        <source>Give the segment a name.</source>
        <translation>Geben Sie dem Segment einen Namen.</translation>
    </message>
    <message>
        <location filename="../ui/segments/RuleBuilderDialog.cpp" line="178"/>
        <source>A segment named &quot;%1&quot; exists already; choose another name.</source>
        <translation>Ein Segment namens „%1“ gibt es bereits; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../ui/segments/RuleBuilderDialog.cpp" line="183"/>
        <source>Add at least one condition.</source>
        <translation>Fügen Sie mindestens eine Bedingung hinzu.</translation>
    </message>
    <message>
        <location filename="../ui/segments/RuleBuilderDialog.cpp" line="213"/>
        <source>No customers to count yet: import orders first.</source>
        <translation>Noch keine Kunden zu zählen: Importieren Sie zuerst Bestellungen.</translation>
    </message>
    <message>
        <location filename="../ui/segments/RuleBuilderDialog.cpp" line="217"/>
        <source>Complete the conditions to count the matching customers.</source>
        <translation>Vervollständigen Sie die Bedingungen, um die passenden Kunden zu zählen.</translation>
    </message>
    <message>
        <location filename="../ui/segments/RuleBuilderDialog.cpp" line="220"/>
        <source>Counting the matching customers…</source>
        <translation>Die passenden Kunden werden gezählt…</translation>
    </message>
    <message>
        <location filename="../ui/segments/RuleBuilderDialog.cpp" line="250"/>
        <source>%1 of %2 customers match (%3 %).</source>
        <translation>%1 von %2 Kunden passen (%3 %).</translation>
    </message>
    <message>
        <location filename="../ui/segments/RuleBuilderDialog.cpp" line="254"/>
        <source>No customer meets a prediction condition: %1</source>
        <translation>Kein Kunde erfüllt eine Prognosebedingung: %1</translation>
    </message>
</context>
<context>
    <name>storelens::ui::RuleConditionEditor</name>
    <message>
        <location filename="../ui/segments/RuleConditionEditor.cpp" line="30"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../ui/segments/RuleConditionEditor.cpp" line="32"/>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../ui/segments/RuleConditionEditor.cpp" line="38"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/segments/RuleConditionEditor.cpp" line="39"/>
        <source>Remove this condition</source>
        <translation>Diese Bedingung entfernen</translation>
    </message>
    <message>
        <location filename="../ui/segments/RuleConditionEditor.cpp" line="132"/>
        <source>&quot;%1&quot;</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <location filename="../ui/segments/RuleConditionEditor.cpp" line="139"/>
        <source>No name in the imported data contains %1: check the spelling.</source>
        <translation>Kein Name in den importierten Daten enthält %1: Prüfen Sie die Schreibweise.</translation>
    </message>
    <message>
        <location filename="../ui/segments/RuleConditionEditor.cpp" line="140"/>
        <source>Nothing in the imported data matches %1: check the spelling or pick a value from the list.</source>
        <translation>Nichts in den importierten Daten passt zu %1: Prüfen Sie die Schreibweise oder wählen Sie einen Wert aus der Liste.</translation>
    </message>
    <message>
        <location filename="../ui/segments/RuleConditionEditor.cpp" line="144"/>
        <source>As it stands, this condition holds for every customer.</source>
        <translation>In dieser Form trifft die Bedingung auf jeden Kunden zu.</translation>
    </message>
    <message>
        <location filename="../ui/segments/RuleConditionEditor.cpp" line="145"/>
        <source>As it stands, this condition holds for no customer.</source>
        <translation>In dieser Form trifft die Bedingung auf keinen Kunden zu.</translation>
    </message>
</context>
<context>
    <name>storelens::ui::RuleGroupEditor</name>
    <message>
        <location filename="../ui/segments/RuleGroupEditor.cpp" line="25"/>
        <source>all of these conditions</source>
        <translation>alle diese Bedingungen</translation>
    </message>
    <message>
        <location filename="../ui/segments/RuleGroupEditor.cpp" line="26"/>
        <source>any of these conditions</source>
        <translation>eine dieser Bedingungen</translation>
    </message>
    <message>
        <location filename="../ui/segments/RuleGroupEditor.cpp" line="27"/>
        <source>Customers who match</source>
        <translation>Kunden, die passen</translation>
    </message>
    <message>
        <location filename="../ui/segments/RuleGroupEditor.cpp" line="29"/>
        <source>Remove Group</source>
        <translation>Gruppe entfernen</translation>
    </message>
    <message>
        <location filename="../ui/segments/RuleGroupEditor.cpp" line="31"/>
        <source>Add Condition</source>
        <translation>Bedingung hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/segments/RuleGroupEditor.cpp" line="63"/>
        <source>Group %1</source>
        <translation>Gruppe %1</translation>
    </message>
</context>
<context>
    <name>storelens::ui::RuleValueEditor</name>
    <message>
        <location filename="../ui/segments/RuleValueEditor.cpp" line="82"/>
        <source>Values separated by commas</source>
        <translation>Werte durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../ui/segments/RuleValueEditor.cpp" line="91"/>
        <source>and</source>
        <translation>und</translation>
    </message>
    <message>
        <location filename="../ui/segments/RuleValueEditor.cpp" line="120"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location filename="../ui/segments/RuleValueEditor.cpp" line="153"/>
        <source>Part of the name</source>
        <translation>Teil des Namens</translation>
    </message>
</context>
<context>
    <name>storelens::ui::SampleBar</name>
    <message>
        <location filename="../ui/shell/SampleBar.cpp" line="11"/>
        <source>Import Your Data…</source>
        <translation>Ihre Daten importieren…</translation>
    </message>
    <message>
        <location filename="../ui/shell/SampleBar.cpp" line="19"/>
        <source>&lt;b&gt;Sample store&lt;/b&gt; — import your own data</source>
        <translation>&lt;b&gt;Beispielgeschäft&lt;/b&gt; — importieren Sie Ihre eigenen Daten</translation>
    </message>
    <message>
        <location filename="../ui/shell/SampleBar.cpp" line="22"/>
        <source>Every figure here is made up, to show what StoreLens does. Import the CSV exports of your till or web shop to see your own store.</source>
        <translation>Alle Zahlen hier sind erfunden, um zu zeigen, was StoreLens kann. Importieren Sie die CSV-Exporte Ihrer Kasse oder Ihres Webshops, um Ihr eigenes Geschäft zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/shell/SampleBar.cpp" line="27"/>
        <source>Create a workspace for your business and import your exports into it.</source>
        <translation>Einen Arbeitsbereich für Ihr Unternehmen anlegen und Ihre Exporte dorthin importieren.</translation>
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
        <translation>%1 Punkte</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentCompareWidget.cpp" line="78"/>
        <source>segment comparison</source>
        <translation>Segmentvergleich</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentCompareWidget.cpp" line="91"/>
        <source>Compare &amp;segment</source>
        <translation>&amp;Segment vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentCompareWidget.cpp" line="93"/>
        <source>&amp;with</source>
        <translation>&amp;mit</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentCompareWidget.cpp" line="149"/>
        <source>First segment</source>
        <translation>Erstes Segment</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentCompareWidget.cpp" line="150"/>
        <source>Second segment</source>
        <translation>Zweites Segment</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentCompareWidget.cpp" line="151"/>
        <source>Difference (second − first)</source>
        <translation>Differenz (zweites − erstes)</translation>
    </message>
</context>
<context>
    <name>storelens::ui::SegmentRuleText</name>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="17"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="19"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="21"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="23"/>
        <source>Gender</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="25"/>
        <source>Age band</source>
        <translation>Altersgruppe</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="27"/>
        <source>Loyalty tier</source>
        <translation>Treuestufe</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="29"/>
        <source>Email consent</source>
        <translation>E-Mail-Einwilligung</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="31"/>
        <source>SMS consent</source>
        <translation>SMS-Einwilligung</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="33"/>
        <source>Acquisition channel</source>
        <translation>Akquisekanal</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="35"/>
        <source>First purchase</source>
        <translation>Erster Kauf</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="37"/>
        <source>Last purchase</source>
        <translation>Letzter Kauf</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="39"/>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="41"/>
        <source>Net sales</source>
        <translation>Nettoumsatz</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="43"/>
        <source>Average order value</source>
        <translation>Durchschnittlicher Bestellwert</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="45"/>
        <source>Days since last purchase</source>
        <translation>Tage seit dem letzten Kauf</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="47"/>
        <source>Recency score (R)</source>
        <translation>Aktualitätswert (R)</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="49"/>
        <source>Frequency score (F)</source>
        <translation>Häufigkeitswert (F)</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="51"/>
        <source>Monetary score (M)</source>
        <translation>Umsatzwert (M)</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="53"/>
        <source>RFM segment</source>
        <translation>RFM-Segment</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="55"/>
        <source>Lifecycle stage</source>
        <translation>Lebenszyklusphase</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="57"/>
        <source>Value tier</source>
        <translation>Wertstufe</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="59"/>
        <source>Predicted CLV</source>
        <translation>Prognostizierter Kundenwert (CLV)</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="61"/>
        <source>Probability still active</source>
        <translation>Wahrscheinlichkeit, noch aktiv zu sein</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="63"/>
        <source>Bought in category</source>
        <translation>Hat in Kategorie gekauft</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="65"/>
        <source>Bought product</source>
        <translation>Hat Produkt gekauft</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="67"/>
        <source>Bought in store</source>
        <translation>Hat in Filiale gekauft</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="69"/>
        <source>Bought in channel</source>
        <translation>Hat über Kanal gekauft</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="77"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="79"/>
        <source>Behaviour</source>
        <translation>Verhalten</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="80"/>
        <source>Purchases</source>
        <translation>Käufe</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="87"/>
        <source>is</source>
        <translation>ist</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="89"/>
        <source>is not</source>
        <translation>ist nicht</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="91"/>
        <source>is less than</source>
        <translation>ist kleiner als</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="93"/>
        <source>is at most</source>
        <translation>ist höchstens</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="95"/>
        <source>is more than</source>
        <translation>ist größer als</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="97"/>
        <source>is at least</source>
        <translation>ist mindestens</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="99"/>
        <source>contains</source>
        <translation>enthält</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="101"/>
        <source>is any of</source>
        <translation>ist eines von</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="103"/>
        <source>is between</source>
        <translation>liegt zwischen</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="115"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="117"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="118"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="150"/>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
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
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentSummaryModel.cpp" line="48"/>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentSummaryModel.cpp" line="50"/>
        <source>Share of customers</source>
        <translation>Anteil an den Kunden</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentSummaryModel.cpp" line="52"/>
        <source>Share of net sales</source>
        <translation>Anteil am Nettoumsatz</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentSummaryModel.cpp" line="54"/>
        <source>Net sales</source>
        <translation>Nettoumsatz</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentSummaryModel.cpp" line="56"/>
        <source>AOV</source>
        <translation>Ø Bestellwert</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentSummaryModel.cpp" line="60"/>
        <source>Frequency</source>
        <translation>Häufigkeit</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentSummaryModel.cpp" line="62"/>
        <source>Recency (days)</source>
        <translation>Tage seit Kauf</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentSummaryModel.cpp" line="84"/>
        <source>Orders per customer: their orders divided by the customers.</source>
        <translation>Bestellungen pro Kunde: ihre Bestellungen geteilt durch die Kunden.</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentSummaryModel.cpp" line="86"/>
        <source>Median recency: the middle value of the days since each customer&apos;s last purchase.</source>
        <translation>Median der Tage seit dem letzten Kauf: der mittlere Wert der Tage seit dem letzten Kauf jedes Kunden.</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentSummaryModel.cpp" line="73"/>
        <source>Identified customers in the segment, as of the as-of date, within the filters.</source>
        <translation>Identifizierte Kunden im Segment, zum Stichtag, innerhalb der Filter.</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentSummaryModel.cpp" line="75"/>
        <source>The segment&apos;s customers divided by every customer with a sale within the filters.</source>
        <translation>Die Kunden des Segments geteilt durch alle Kunden mit einem Kauf innerhalb der Filter.</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentSummaryModel.cpp" line="77"/>
        <source>The segment&apos;s net sales divided by the net sales of every customer within the filters.</source>
        <translation>Der Nettoumsatz des Segments geteilt durch den Nettoumsatz aller Kunden innerhalb der Filter.</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentSummaryModel.cpp" line="79"/>
        <source>Net sales of the segment&apos;s customers up to the as-of date, returns included.</source>
        <translation>Nettoumsatz der Kunden des Segments bis zum Stichtag, einschließlich Retouren.</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentSummaryModel.cpp" line="81"/>
        <source>Average order value: gross sales less discounts of their sale lines divided by their orders.</source>
        <translation>Durchschnittlicher Bestellwert: Bruttoumsatz abzüglich Rabatte ihrer Verkaufszeilen geteilt durch ihre Bestellungen.</translation>
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
        <translation>keine Preise</translation>
    </message>
</context>
<context>
    <name>storelens::ui::SegmentsView</name>
    <message>
        <location filename="../ui/segments/SegmentsView.cpp" line="103"/>
        <source>&amp;RFM</source>
        <translation>&amp;RFM</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentsView.cpp" line="105"/>
        <source>&amp;Lifecycle</source>
        <translation>Lebens&amp;zyklus</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentsView.cpp" line="106"/>
        <source>&amp;Value Tiers</source>
        <translation>&amp;Wertstufen</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentsView.cpp" line="107"/>
        <source>&amp;My Segments</source>
        <translation>&amp;Meine Segmente</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentsView.cpp" line="108"/>
        <source>Co&amp;mpare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentsView.cpp" line="159"/>
        <source>No saved segment to list: build one with New Segment…</source>
        <translation>Kein gespeichertes Segment: Erstellen Sie eines mit „Neues Segment…“</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentsView.cpp" line="169"/>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentsView.cpp" line="172"/>
        <source>Net sales</source>
        <translation>Nettoumsatz</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentsView.cpp" line="185"/>
        <source>Colour the grid by:</source>
        <translation>Raster einfärben nach:</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentsView.cpp" line="234"/>
        <source>segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentsView.cpp" line="235"/>
        <source>Pick a segment to list its customers below; double-click to open them in the Customers view.</source>
        <translation>Wählen Sie ein Segment, um seine Kunden unten aufzulisten; Doppelklick öffnet sie in der Ansicht „Kunden“.</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentsView.cpp" line="259"/>
        <source>No saved segments yet. Build one with New Segment: for example the customers in one country who have not bought for 90 days.</source>
        <translation>Noch keine gespeicherten Segmente. Legen Sie eines mit „Neues Segment“ an, zum Beispiel die Kunden in einem Land, die seit 90 Tagen nicht gekauft haben.</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentsView.cpp" line="273"/>
        <source>&amp;Thresholds…</source>
        <translation>Sc&amp;hwellen…</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentsView.cpp" line="275"/>
        <source>Change the days and percentiles that decide the stages and tiers.</source>
        <translation>Die Tage und Perzentile ändern, die über Phasen und Stufen entscheiden.</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentsView.cpp" line="279"/>
        <source>Every customer in exactly one row, as of the as-of date.</source>
        <translation>Jeder Kunde in genau einer Zeile, zum Stichtag.</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentsView.cpp" line="288"/>
        <source>&amp;New Segment…</source>
        <translation>&amp;Neues Segment…</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentsView.cpp" line="290"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentsView.cpp" line="292"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentsView.cpp" line="314"/>
        <source>Open a workspace to see your customer segments: import orders or open the sample store (File menu).</source>
        <translation>Öffnen Sie einen Arbeitsbereich, um Ihre Kundensegmente zu sehen: Importieren Sie Bestellungen oder öffnen Sie das Beispielgeschäft (Menü „Datei“).</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentsView.cpp" line="326"/>
        <source>The segments could not be computed: %1</source>
        <translation>Die Segmente konnten nicht berechnet werden: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/segments/SegmentsView.cpp" line="400"/>
        <source>The date range does not apply here: segments use every purchase up to %1 within the filters. %Ln customer(s) bought within the filters; their net sales %2.</source>
        <translation>
            <numerusform>Der Zeitraum gilt hier nicht: Segmente nutzen jeden Kauf bis %1 innerhalb der Filter. %Ln Kunde hat innerhalb der Filter gekauft; sein Nettoumsatz %2.</numerusform>
            <numerusform>Der Zeitraum gilt hier nicht: Segmente nutzen jeden Kauf bis %1 innerhalb der Filter. %Ln Kunden haben innerhalb der Filter gekauft; ihr Nettoumsatz %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentsView.cpp" line="160"/>
        <location filename="../ui/segments/SegmentsView.cpp" line="356"/>
        <source>Pick a segment to list its customers.</source>
        <translation>Wählen Sie ein Segment, um seine Kunden aufzulisten.</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentsView.cpp" line="380"/>
        <source>No orders yet: import orders (File, Import) or open the sample store to see who your best customers are and who to win back.</source>
        <translation>Noch keine Bestellungen: Importieren Sie Bestellungen (Datei, Importieren) oder öffnen Sie das Beispielgeschäft, um zu sehen, wer Ihre besten Kunden sind und wen Sie zurückgewinnen sollten.</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentsView.cpp" line="405"/>
        <source>no prices imported</source>
        <translation>keine Preise importiert</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentsView.cpp" line="410"/>
        <source>%1 of them bought only lines imported without prices: their net sales say &quot;no prices&quot; (not 0) and their M score is 0 (not scored).</source>
        <translation>%1 davon haben nur ohne Preise importierte Zeilen gekauft: Bei ihnen zeigt der Nettoumsatz „keine Preise“ (nicht 0), und ihr Umsatzwert (M) ist 0 (nicht bewertet).</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentsView.cpp" line="563"/>
        <source>The segment could not be saved: %1</source>
        <translation>Das Segment konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentsView.cpp" line="573"/>
        <source>The segment could not be deleted: %1</source>
        <translation>Das Segment konnte nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentsView.cpp" line="582"/>
        <source>Delete Segment</source>
        <translation>Segment löschen</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentsView.cpp" line="583"/>
        <source>Delete the segment &quot;%1&quot;? Its customers stay; only the rule is removed.</source>
        <translation>Das Segment „%1“ löschen? Seine Kunden bleiben erhalten; nur die Regel wird entfernt.</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentsView.cpp" line="598"/>
        <source>The thresholds could not be saved: %1</source>
        <translation>Die Schwellenwerte konnten nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>storelens::ui::Sparkline</name>
    <message>
        <location filename="../ui/charts/Sparkline.cpp" line="37"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
</context>
<context>
    <name>storelens::ui::StepIndicator</name>
    <message>
        <location filename="../ui/importwizard/StepIndicator.cpp" line="56"/>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/StepIndicator.cpp" line="79"/>
        <source>Current step: %1</source>
        <translation>Aktueller Schritt: %1</translation>
    </message>
</context>
<context>
    <name>storelens::ui::StoreChoice</name>
    <message>
        <location filename="../ui/importwizard/StoreChoice.cpp" line="14"/>
        <source>Sto&amp;re where none is given:</source>
        <translation>Fi&amp;liale, wo keine angegeben ist:</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/StoreChoice.cpp" line="22"/>
        <source>The store of every line whose file has no store column (or an empty cell): a web shop&apos;s lines are in its online shop, not in a shop of bricks and mortar.</source>
        <translation>Die Filiale jeder Zeile, deren Datei keine Filialspalte hat (oder eine leere Zelle): Die Zeilen eines Webshops gehören in seinen Onlineshop, nicht in ein Ladengeschäft.</translation>
    </message>
</context>
<context>
    <name>storelens::ui::SummaryPage</name>
    <message>
        <location filename="../ui/shell/SummaryPage.cpp" line="115"/>
        <source>Open the Sample Store</source>
        <translation>Beispielgeschäft öffnen</translation>
    </message>
    <message>
        <location filename="../ui/shell/SummaryPage.cpp" line="113"/>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <location filename="../ui/shell/SummaryPage.cpp" line="121"/>
        <source>This workspace has no orders yet. Import your till or web shop export with File › Import…, or open the sample store.</source>
        <translation>Dieser Arbeitsbereich enthält noch keine Bestellungen. Importieren Sie den Export Ihrer Kasse oder Ihres Webshops mit Datei › Importieren… oder öffnen Sie das Beispielgeschäft.</translation>
    </message>
    <message>
        <location filename="../ui/shell/SummaryPage.cpp" line="125"/>
        <source>No orders yet</source>
        <translation>Noch keine Bestellungen</translation>
    </message>
    <message>
        <location filename="../ui/shell/SummaryPage.cpp" line="150"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../ui/shell/SummaryPage.cpp" line="150"/>
        <source>Dates</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location filename="../ui/shell/SummaryPage.cpp" line="150"/>
        <source>As of</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location filename="../ui/shell/SummaryPage.cpp" line="151"/>
        <source>Sales</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <location filename="../ui/shell/SummaryPage.cpp" line="152"/>
        <source>Gross sales</source>
        <translation>Bruttoumsatz</translation>
    </message>
    <message>
        <location filename="../ui/shell/SummaryPage.cpp" line="153"/>
        <source>Discounts</source>
        <translation>Rabatte</translation>
    </message>
    <message>
        <location filename="../ui/shell/SummaryPage.cpp" line="154"/>
        <source>Returns</source>
        <translation>Retouren</translation>
    </message>
    <message>
        <location filename="../ui/shell/SummaryPage.cpp" line="155"/>
        <source>Net sales</source>
        <translation>Nettoumsatz</translation>
    </message>
    <message>
        <location filename="../ui/shell/SummaryPage.cpp" line="156"/>
        <source>Orders and customers</source>
        <translation>Bestellungen und Kunden</translation>
    </message>
    <message>
        <location filename="../ui/shell/SummaryPage.cpp" line="157"/>
        <source>Order lines</source>
        <translation>Bestellpositionen</translation>
    </message>
    <message>
        <location filename="../ui/shell/SummaryPage.cpp" line="158"/>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <location filename="../ui/shell/SummaryPage.cpp" line="161"/>
        <source>Customers named in orders</source>
        <translation>In Bestellungen genannte Kunden</translation>
    </message>
    <message>
        <location filename="../ui/shell/SummaryPage.cpp" line="162"/>
        <source>Customer records in no order</source>
        <translation>Kundendatensätze ohne Bestellung</translation>
    </message>
    <message>
        <location filename="../ui/shell/SummaryPage.cpp" line="163"/>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <location filename="../ui/shell/SummaryPage.cpp" line="164"/>
        <source>Stores</source>
        <translation>Filialen</translation>
    </message>
    <message>
        <location filename="../ui/shell/SummaryPage.cpp" line="165"/>
        <source>Other data</source>
        <translation>Weitere Daten</translation>
    </message>
    <message>
        <location filename="../ui/shell/SummaryPage.cpp" line="166"/>
        <source>Store traffic rows</source>
        <translation>Zeilen Kundenfrequenz</translation>
    </message>
    <message>
        <location filename="../ui/shell/SummaryPage.cpp" line="167"/>
        <source>Staffing rows</source>
        <translation>Zeilen Personaleinsatz</translation>
    </message>
    <message>
        <location filename="../ui/shell/SummaryPage.cpp" line="168"/>
        <source>Inventory rows</source>
        <translation>Zeilen Lagerbestand</translation>
    </message>
    <message>
        <location filename="../ui/shell/SummaryPage.cpp" line="169"/>
        <source>Marketing spend rows</source>
        <translation>Zeilen Marketingausgaben</translation>
    </message>
    <message>
        <location filename="../ui/shell/SummaryPage.cpp" line="225"/>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../ui/shell/SummaryPage.cpp" line="239"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
</context>
<context>
    <name>storelens::ui::TableActions</name>
    <message>
        <location filename="../ui/common/TableActions.cpp" line="75"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/common/TableActions.cpp" line="80"/>
        <source>Select &amp;All</source>
        <translation>&amp;Alle auswählen</translation>
    </message>
    <message>
        <location filename="../ui/common/TableActions.cpp" line="85"/>
        <source>&amp;Export to CSV…</source>
        <translation>Als CSV &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/common/TableActions.cpp" line="174"/>
        <source>Show or hide this column</source>
        <translation>Diese Spalte ein- oder ausblenden</translation>
    </message>
    <message>
        <location filename="../ui/common/TableActions.cpp" line="365"/>
        <source>The table could not be written to %1: %2</source>
        <translation>Die Tabelle konnte nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/common/TableActions.cpp" line="382"/>
        <source>table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location filename="../ui/common/TableActions.cpp" line="383"/>
        <location filename="../ui/common/TableActions.cpp" line="390"/>
        <source>Export to CSV</source>
        <translation>Als CSV exportieren</translation>
    </message>
    <message>
        <location filename="../ui/common/TableActions.cpp" line="385"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
</context>
<context>
    <name>storelens::ui::TaskProgressBar</name>
    <message>
        <location filename="../ui/common/TaskProgressBar.cpp" line="14"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/common/TaskProgressBar.cpp" line="30"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>storelens::ui::TileSettingsDialog</name>
    <message>
        <location filename="../ui/dashboard/TileSettingsDialog.cpp" line="51"/>
        <source>Choose KPI Tiles</source>
        <translation>KPI-Kacheln wählen</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/TileSettingsDialog.cpp" line="52"/>
        <source>KPI</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/TileSettingsDialog.cpp" line="52"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/TileSettingsDialog.cpp" line="59"/>
        <source>KPI tiles</source>
        <translation>KPI-Kacheln</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/TileSettingsDialog.cpp" line="63"/>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/TileSettingsDialog.cpp" line="64"/>
        <source>Move &amp;down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/TileSettingsDialog.cpp" line="67"/>
        <source>&amp;Reset to defaults</source>
        <translation>&amp;Standard wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/TileSettingsDialog.cpp" line="80"/>
        <source>Check the tiles to show and order them with Move up and Move down (Alt+Up, Alt+Down). A target is shown as progress on its tile; enter rates as percentages. Leave a target empty for none.</source>
        <translation>Haken Sie die anzuzeigenden Kacheln an und ordnen Sie sie mit „Nach oben“ und „Nach unten“ (Alt+Pfeil nach oben, Alt+Pfeil nach unten). Ein Ziel wird auf seiner Kachel als Fortschritt angezeigt; geben Sie Quoten als Prozentwerte ein. Lassen Sie ein Ziel leer, wenn Sie keines wollen.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/TileSettingsDialog.cpp" line="129"/>
        <source>A percentage, e.g. 35 for 35 %.</source>
        <translation>Ein Prozentwert, z. B. 35 für 35 %.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/TileSettingsDialog.cpp" line="130"/>
        <source>In the KPI&apos;s unit.</source>
        <translation>In der Einheit der Kennzahl.</translation>
    </message>
</context>
<context>
    <name>storelens::ui::ViewPrinter</name>
    <message>
        <location filename="../ui/common/ViewPrinter.cpp" line="146"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <location filename="../ui/common/ViewPrinter.cpp" line="150"/>
        <source>Print the whole of the view on screen</source>
        <translation>Die gesamte Ansicht auf dem Bildschirm drucken</translation>
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
        <translation>Drucken</translation>
    </message>
    <message>
        <location filename="../ui/common/ViewPrinter.cpp" line="285"/>
        <source>The view could not be printed.</source>
        <translation>Die Ansicht konnte nicht gedruckt werden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/common/ViewPrinter.cpp" line="290"/>
        <source>The view is longer than %n page(s): the first %n were printed. Export the table to CSV for all of it.</source>
        <translation>
            <numerusform>Die Ansicht ist länger als %n Seite: Die erste wurde gedruckt. Exportieren Sie die Tabelle als CSV, um alles zu erhalten.</numerusform>
            <numerusform>Die Ansicht ist länger als %n Seiten: Die ersten %n wurden gedruckt. Exportieren Sie die Tabelle als CSV, um alles zu erhalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/common/ViewPrinter.cpp" line="297"/>
        <source>The view was printed to a PDF file: %n page(s).</source>
        <translation>
            <numerusform>Die Ansicht wurde in eine PDF-Datei gedruckt: %n Seite.</numerusform>
            <numerusform>Die Ansicht wurde in eine PDF-Datei gedruckt: %n Seiten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>storelens::ui::WaterfallChart</name>
    <message>
        <location filename="../ui/charts/WaterfallChart.cpp" line="27"/>
        <source>Waterfall of the change</source>
        <translation>Wasserfall der Veränderung</translation>
    </message>
    <message>
        <location filename="../ui/charts/WaterfallChart.cpp" line="46"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/charts/WaterfallChart.cpp" line="51"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../ui/charts/WaterfallChart.cpp" line="51"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../ui/charts/WaterfallChart.cpp" line="51"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../ui/charts/WaterfallChart.cpp" line="51"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location filename="../ui/charts/WaterfallChart.cpp" line="116"/>
        <source>%1 (axis does not start at zero)</source>
        <translation>%1 (Achse beginnt nicht bei null)</translation>
    </message>
</context>
<context>
    <name>storelens::ui::WelcomePage</name>
    <message>
        <location filename="../ui/shell/WelcomePage.cpp" line="51"/>
        <source>Welcome to StoreLens</source>
        <translation>Willkommen bei StoreLens</translation>
    </message>
    <message>
        <location filename="../ui/shell/WelcomePage.cpp" line="53"/>
        <source>See how your store is doing from the exports of your till, web shop or ERP. A workspace keeps one business&apos;s sales, customers and products in a single file on this computer.</source>
        <translation>Sehen Sie anhand der Exporte Ihrer Kasse, Ihres Webshops oder ERP-Systems, wie Ihr Geschäft läuft. Ein Arbeitsbereich speichert Umsätze, Kunden und Produkte eines Unternehmens in einer einzigen Datei auf diesem Computer.</translation>
    </message>
    <message>
        <location filename="../ui/shell/WelcomePage.cpp" line="62"/>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Neuer Arbeitsbereich…</translation>
    </message>
    <message>
        <location filename="../ui/shell/WelcomePage.cpp" line="63"/>
        <source>&amp;Open Workspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/shell/WelcomePage.cpp" line="65"/>
        <source>&amp;Import Your Data…</source>
        <translation>&amp;Ihre Daten importieren…</translation>
    </message>
    <message>
        <location filename="../ui/shell/WelcomePage.cpp" line="67"/>
        <source>Open the &amp;Sample Store</source>
        <translation>Beispiel&amp;geschäft öffnen</translation>
    </message>
    <message>
        <location filename="../ui/shell/WelcomePage.cpp" line="70"/>
        <source>Choose CSV exports; StoreLens creates a workspace for them and imports them.</source>
        <translation>CSV-Exporte auswählen; StoreLens legt dafür einen Arbeitsbereich an und importiert sie.</translation>
    </message>
    <message>
        <location filename="../ui/shell/WelcomePage.cpp" line="82"/>
        <source>Drop CSV files here to import them into a new workspace</source>
        <translation>CSV-Dateien hier ablegen, um sie in einen neuen Arbeitsbereich zu importieren</translation>
    </message>
    <message>
        <location filename="../ui/shell/WelcomePage.cpp" line="91"/>
        <location filename="../ui/shell/WelcomePage.cpp" line="93"/>
        <source>Recent workspaces</source>
        <translation>Zuletzt geöffnete Arbeitsbereiche</translation>
    </message>
    <message>
        <location filename="../ui/shell/WelcomePage.cpp" line="98"/>
        <source>No workspace opened yet. Import your data or open the sample store to start; the workspaces you open are listed here.</source>
        <translation>Noch kein Arbeitsbereich geöffnet. Importieren Sie Ihre Daten oder öffnen Sie zum Start das Beispielgeschäft; die von Ihnen geöffneten Arbeitsbereiche werden hier aufgelistet.</translation>
    </message>
</context>
<context>
    <name>storelens::ui::WorkspaceController</name>
    <message>
        <location filename="../ui/shell/WorkspaceController.cpp" line="53"/>
        <source>The existing file could not be replaced: %1</source>
        <translation>Die vorhandene Datei konnte nicht ersetzt werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/WorkspaceController.cpp" line="144"/>
        <source>The folder %1 could not be created.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../ui/shell/WorkspaceController.cpp" line="193"/>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../ui/shell/WorkspaceController.cpp" line="196"/>
        <source>Preparing the sample store…</source>
        <translation>Das Beispielgeschäft wird vorbereitet…</translation>
    </message>
    <message>
        <location filename="../ui/shell/WorkspaceController.cpp" line="199"/>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
</context>
<context>
    <name>storelens::ui::WorkspaceFileDialog</name>
    <message>
        <location filename="../ui/shell/WorkspaceFileDialog.cpp" line="23"/>
        <source>StoreLens workspaces (*.%1)</source>
        <translation>StoreLens-Arbeitsbereiche (*.%1)</translation>
    </message>
    <message>
        <location filename="../ui/shell/WorkspaceFileDialog.cpp" line="32"/>
        <source>&amp;Create</source>
        <translation>&amp;Anlegen</translation>
    </message>
    <message>
        <location filename="../ui/shell/WorkspaceFileDialog.cpp" line="34"/>
        <source>A workspace is one file on this computer that keeps this store&apos;s imported data and settings. Choose its name and folder; StoreLens opens it again next time, and the next month&apos;s export is imported into it.</source>
        <translation>Ein Arbeitsbereich ist eine Datei auf diesem Computer, die die importierten Daten und Einstellungen dieses Geschäfts enthält. Wählen Sie Namen und Ordner; StoreLens öffnet ihn beim nächsten Mal wieder, und der Export des nächsten Monats wird in ihn importiert.</translation>
    </message>
</context>
<context>
    <name>storelens::ui::WorkspaceSettingsDialog</name>
    <message>
        <location filename="../ui/common/WorkspaceSettingsDialog.cpp" line="26"/>
        <location filename="../ui/common/WorkspaceSettingsDialog.cpp" line="91"/>
        <source>Workspace Settings</source>
        <translation>Einstellungen des Arbeitsbereichs</translation>
    </message>
    <message>
        <location filename="../ui/common/WorkspaceSettingsDialog.cpp" line="30"/>
        <source>None (plain numbers)</source>
        <translation>Keine (nur Zahlen)</translation>
    </message>
    <message>
        <location filename="../ui/common/WorkspaceSettingsDialog.cpp" line="38"/>
        <source>The currency money is shown with: a three-letter code such as EUR, USD or GBP. Figures stay the same; only how they are written changes.</source>
        <translation>Die Währung, mit der Geldbeträge angezeigt werden: ein dreistelliger Code wie EUR, USD oder GBP. Die Zahlen bleiben gleich; nur ihre Schreibweise ändert sich.</translation>
    </message>
    <message>
        <location filename="../ui/common/WorkspaceSettingsDialog.cpp" line="44"/>
        <source>&amp;Currency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <location filename="../ui/common/WorkspaceSettingsDialog.cpp" line="46"/>
        <source>The currency was set at the first import: from the file&apos;s € $ £ signs or codes such as EUR, or by you when the file named none.</source>
        <translation>Die Währung wurde beim ersten Import festgelegt: aus den Zeichen € $ £ oder Codes wie EUR in der Datei, oder von Ihnen, wenn die Datei keine nannte.</translation>
    </message>
    <message>
        <location filename="../ui/common/WorkspaceSettingsDialog.cpp" line="78"/>
        <source>Shown as %1</source>
        <translation>Angezeigt als %1</translation>
    </message>
    <message>
        <location filename="../ui/common/WorkspaceSettingsDialog.cpp" line="83"/>
        <source>&amp;Workspace Settings…</source>
        <translation>Einstellungen des &amp;Arbeitsbereichs…</translation>
    </message>
    <message>
        <location filename="../ui/common/WorkspaceSettingsDialog.cpp" line="85"/>
        <source>Set the workspace&apos;s currency.</source>
        <translation>Die Währung des Arbeitsbereichs festlegen.</translation>
    </message>
    <message>
        <location filename="../ui/common/WorkspaceSettingsDialog.cpp" line="92"/>
        <source>The currency could not be saved: %1</source>
        <translation>Die Währung konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>storelens::ui::YearOverYearChart</name>
    <message>
        <location filename="../ui/charts/YearOverYearChart.cpp" line="32"/>
        <location filename="../ui/charts/YearOverYearChart.cpp" line="105"/>
        <source>Net sales by month, year over year</source>
        <translation>Nettoumsatz nach Monat, im Vorjahresvergleich</translation>
    </message>
    <message>
        <location filename="../ui/charts/YearOverYearChart.cpp" line="83"/>
        <source>%1 (no data for %2 of %3 months)</source>
        <translation>%1 (keine Daten für %2 von %3 Monaten)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/charts/YearOverYearChart.cpp" line="95"/>
        <source>%1: no data for %2 of %n month(s).</source>
        <translation>
            <numerusform>%1: keine Daten für %2 von %n Monat.</numerusform>
            <numerusform>%1: keine Daten für %2 von %n Monaten.</numerusform>
        </translation>
    </message>
</context>
</TS>
