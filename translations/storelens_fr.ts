<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>storelens::cli</name>
    <message>
        <location filename="../cli/ClvCommand.cpp" line="252"/>
        <source>Predicted customer lifetime value (BG/NBD and Gamma-Gamma) of %1 customers, from their purchases up to %2; as of %3.</source>
        <translation>Valeur vie client (CLV) prédite (BG/NBD et Gamma-Gamma) de %1 clients, d&apos;après leurs achats jusqu&apos;au %2 ; date de référence : %3.</translation>
    </message>
    <message>
        <location filename="../cli/ClvCommand.cpp" line="258"/>
        <source>CLV covers the next %1 months, discounted at %2 % a year.</source>
        <translation>La CLV couvre les %1 prochains mois, actualisée à %2 % par an.</translation>
    </message>
    <message>
        <location filename="../cli/ClvCommand.cpp" line="266"/>
        <source>Purchase model (BG/NBD): %1</source>
        <translation>Modèle d&apos;achat (BG/NBD) : %1</translation>
    </message>
    <message>
        <location filename="../cli/ClvCommand.cpp" line="274"/>
        <source>Purchase model (%1): %2</source>
        <translation>Modèle d&apos;achat (%1) : %2</translation>
    </message>
    <message>
        <location filename="../cli/ClvCommand.cpp" line="278"/>
        <source>Spend model (Gamma-Gamma): %1</source>
        <translation>Modèle de dépense (Gamma-Gamma) : %1</translation>
    </message>
    <message>
        <location filename="../cli/ClvCommand.cpp" line="286"/>
        <source>Holdout %1 to %2 (%3 weeks): %4 repeat purchases expected, %5 made.</source>
        <translation>Période de test du %1 au %2 (%3 semaines) : %4 achats répétés attendus, %5 réalisés.</translation>
    </message>
    <message>
        <location filename="../cli/ClvCommand.cpp" line="290"/>
        <source>Repeat purchases in calibration</source>
        <translation>Achats répétés pendant le calibrage</translation>
    </message>
    <message>
        <location filename="../cli/ClvCommand.cpp" line="291"/>
        <location filename="../cli/SegmentsCommand.cpp" line="119"/>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../cli/ClvCommand.cpp" line="292"/>
        <source>Actual</source>
        <translation>Réel</translation>
    </message>
    <message>
        <location filename="../cli/ClvCommand.cpp" line="293"/>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <location filename="../cli/ClvCommand.cpp" line="295"/>
        <source>%1 or more</source>
        <translation>%1 ou plus</translation>
    </message>
    <message>
        <location filename="../cli/ClvCommand.cpp" line="302"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../cli/ClvCommand.cpp" line="303"/>
        <source>P(alive)</source>
        <translation>P(actif)</translation>
    </message>
    <message>
        <location filename="../cli/ClvCommand.cpp" line="304"/>
        <source>4 wk</source>
        <translation>4 sem.</translation>
    </message>
    <message>
        <location filename="../cli/ClvCommand.cpp" line="305"/>
        <source>13 wk</source>
        <translation>13 sem.</translation>
    </message>
    <message>
        <location filename="../cli/ClvCommand.cpp" line="306"/>
        <source>52 wk</source>
        <translation>52 sem.</translation>
    </message>
    <message>
        <location filename="../cli/ClvCommand.cpp" line="307"/>
        <location filename="../cli/SegmentsCommand.cpp" line="123"/>
        <location filename="../cli/SegmentsCommand.cpp" line="148"/>
        <source>AOV</source>
        <translation>Panier moyen</translation>
    </message>
    <message>
        <location filename="../cli/ClvCommand.cpp" line="308"/>
        <source>CLV</source>
        <translation>CLV</translation>
    </message>
    <message>
        <location filename="../cli/ClvCommand.cpp" line="309"/>
        <source>Next purchase</source>
        <translation>Prochain achat</translation>
    </message>
    <message>
        <location filename="../cli/ClvCommand.cpp" line="321"/>
        <source>unlikely</source>
        <translation>peu probable</translation>
    </message>
    <message>
        <location filename="../cli/ClvCommand.cpp" line="325"/>
        <source>%1 more customers; --limit 0 lists all of them.</source>
        <translation>%1 clients de plus ; --limit 0 les liste tous.</translation>
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
        <translation>storelens clv : ajuste les modèles d&apos;achat BG/NBD, Pareto/NBD et MBG/NBD et le modèle de dépense Gamma-Gamma aux jours d&apos;achat des clients identifiés (METRICS.md, section 8), utilise le modèle d&apos;achat ayant la plus faible erreur sur la période de test (les 13 dernières semaines, ou la séparation donnée par --holdout-from) et l&apos;indique en une phrase, puis prédit, pour chaque client, la probabilité d&apos;être toujours client, les achats attendus sur les 4, 13 et 52 prochaines semaines, la valeur de commande attendue, la valeur vie client sur l&apos;horizon et la date attendue du prochain achat, comptée à partir de la date de référence (vide si le client est plus probablement parti que non). --holdout-from DATE ajuste le modèle sur les achats antérieurs à DATE et compare les achats répétés attendus entre DATE et la date de référence aux achats réels. Si les données sont insuffisantes (moins de 200 clients, moins de 90 jours, aucun client ayant racheté) ou si l&apos;ajustement ne converge pas, la raison est affichée, sans chiffres.
Code de sortie : 0 terminé, 1 utilisation incorrecte, 2 l&apos;espace de travail, un filtre ou les données ont été refusés.

JSON (--format json) : as_of, calibration_end, horizon_months, annual_discount_rate, status,
  model {in_use, name, chosen_by (holdout, likelihood ou requested), sentence,
         test {from, to, weeks, customers, actual_repeat_purchases, models [{model, converged,
               log_likelihood, expected_repeat_purchases, error_per_customer}]} ou null,
         fits [{model, r, alpha, a, b ou s, beta, log_likelihood, converged, evaluations,
               gradient_norm, customers}]},
  bg_nbd {r, alpha, a, b, log_likelihood, converged, evaluations, gradient_norm, customers},
  gamma_gamma {p, q, gamma, log_likelihood, converged, evaluations, gradient_norm, customers},
  holdout {from, to, weeks, actual_repeat_purchases, expected_repeat_purchases,
           by_frequency [{repeat_purchases, or_more, customers, actual_mean, expected_mean}]} ou null,
  customer_count, predicted_clv_total, customers [{customer_id, x, t_x, T, monetary,
  probability_alive, expected_purchases_4_weeks, expected_purchases_13_weeks,
  expected_purchases_52_weeks, expected_average_order_value, predicted_clv, expected_next_purchase}].
CSV (--format csv) : les champs des clients, une ligne par client.
Les clients sont triés par CLV prédite, de la plus élevée à la plus faible.</translation>
    </message>
    <message>
        <location filename="../cli/ClvCommand.cpp" line="333"/>
        <source>Fit on the purchases before this day and compare the rest with the prediction.</source>
        <translation>Ajuster sur les achats antérieurs à ce jour et comparer le reste à la prédiction.</translation>
    </message>
    <message>
        <location filename="../cli/ClvCommand.cpp" line="337"/>
        <source>The purchase model: auto (the Pareto/NBD or MBG/NBD, whichever did better on the holdout; the default), bg_nbd, pareto_nbd or mbg_nbd.</source>
        <translation>Le modèle d&apos;achat : auto (le Pareto/NBD ou le MBG/NBD, celui qui a fait le mieux sur la période de test ; par défaut), bg_nbd, pareto_nbd ou mbg_nbd.</translation>
    </message>
    <message>
        <location filename="../cli/ClvCommand.cpp" line="339"/>
        <source>model</source>
        <translation>modèle</translation>
    </message>
    <message>
        <location filename="../cli/ClvCommand.cpp" line="340"/>
        <source>Months of lifetime value (default 12).</source>
        <translation>Nombre de mois de valeur vie client (12 par défaut).</translation>
    </message>
    <message>
        <location filename="../cli/ClvCommand.cpp" line="340"/>
        <source>months</source>
        <translation>mois</translation>
    </message>
    <message>
        <location filename="../cli/ClvCommand.cpp" line="342"/>
        <source>Annual discount rate as a fraction (default 0.10).</source>
        <translation>Taux d&apos;actualisation annuel sous forme de fraction (0.10 par défaut).</translation>
    </message>
    <message>
        <location filename="../cli/ClvCommand.cpp" line="343"/>
        <source>rate</source>
        <translation>taux</translation>
    </message>
    <message>
        <location filename="../cli/ClvCommand.cpp" line="345"/>
        <source>List only this many customers, 0 for all (default: 20 in the table, all in JSON and CSV).</source>
        <translation>Ne lister que ce nombre de clients, 0 pour tous (par défaut : 20 dans le tableau, tous en JSON et CSV).</translation>
    </message>
    <message>
        <location filename="../cli/ClvCommand.cpp" line="347"/>
        <location filename="../cli/SampleCommand.cpp" line="56"/>
        <source>count</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location filename="../cli/ClvCommand.cpp" line="365"/>
        <source>--horizon-months takes a whole number from 1 to 120, --discount-rate a fraction such as 0.10, and --limit a whole number of 0 or more.</source>
        <translation>--horizon-months attend un nombre entier de 1 à 120, --discount-rate une fraction comme 0.10 et --limit un nombre entier supérieur ou égal à 0.</translation>
    </message>
    <message>
        <location filename="../cli/ClvCommand.cpp" line="376"/>
        <source>--model takes auto, bg_nbd, pareto_nbd or mbg_nbd, not &quot;%1&quot;.</source>
        <translation>--model attend auto, bg_nbd, pareto_nbd ou mbg_nbd, et non « %1 ».</translation>
    </message>
    <message>
        <location filename="../cli/ClvCommand.cpp" line="385"/>
        <source>--holdout-from takes a date as YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--holdout-from attend une date au format AAAA-MM-JJ, et non « %1 ».</translation>
    </message>
    <message>
        <location filename="../cli/ClvCommand.cpp" line="397"/>
        <source>--holdout-from must fall after the first day with data (%1) and on or before the as-of date (%2).</source>
        <translation>--holdout-from doit tomber après le premier jour avec des données (%1) et au plus tard à la date de référence (%2).</translation>
    </message>
    <message>
        <location filename="../cli/ClvCommand.cpp" line="434"/>
        <source>Predict customer lifetime value with the BG/NBD and Gamma-Gamma models.</source>
        <translation>Prédire la valeur vie client avec les modèles BG/NBD et Gamma-Gamma.</translation>
    </message>
    <message>
        <location filename="../cli/CohortsCommand.cpp" line="59"/>
        <location filename="../cli/SegmentsCommand.cpp" line="129"/>
        <location filename="../cli/SegmentsCommand.cpp" line="157"/>
        <source>no prices</source>
        <translation>sans prix</translation>
    </message>
    <message>
        <location filename="../cli/CohortsCommand.cpp" line="71"/>
        <source>Cohorts by %1 of first purchase, %2; range %3 to %4, as of %5.</source>
        <translation>Cohortes par %1 de premier achat, %2 ; plage du %3 au %4, date de référence : %5.</translation>
    </message>
    <message>
        <location filename="../cli/CohortsCommand.cpp" line="75"/>
        <source>Columns are ages (0 = the first period); * marks a partial period, blank cells are after the as-of date.</source>
        <translation>Les colonnes sont des âges (0 = la première période) ; * signale une période partielle, les cellules vides sont après la date de référence.</translation>
    </message>
    <message>
        <location filename="../cli/CohortsCommand.cpp" line="88"/>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <location filename="../cli/CohortsCommand.cpp" line="88"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../cli/CohortsCommand.cpp" line="101"/>
        <source>&quot;no prices&quot;: the cell&apos;s lines were imported without prices, so its money is unknown (not 0); ~ marks a value that leaves out lines without prices.</source>
        <translation>« sans prix » : les lignes de la cellule ont été importées sans prix, son montant est donc inconnu (et non 0) ; ~ signale une valeur qui exclut des lignes sans prix.</translation>
    </message>
    <message>
        <location filename="../cli/CohortsCommand.cpp" line="105"/>
        <source>No customer made a first purchase in the range.</source>
        <translation>Aucun client n&apos;a fait de premier achat dans la plage.</translation>
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
        <translation>storelens cohorts : les clients regroupés par semaine (commençant le lundi), mois ou trimestre de leur premier achat dans les filtres, puis suivis période par période (METRICS.md section 4). --from/--to sélectionnent les cohortes dont la période les chevauche (par défaut : les 12 mois se terminant à la date de référence) ; chaque cohorte couvre toute sa période calendaire et l&apos;activité postérieure à la plage compte toujours.
Métriques : retention (part de la cohorte qui achète dans la période), revenue (chiffre d&apos;affaires net par client, retours compris), cumulative_revenue (la somme de revenue jusqu&apos;à cet âge), orders (commandes par client).
Code de sortie : 0 terminé, 1 utilisation incorrecte, 2 l&apos;espace de travail ou un filtre a été refusé.

JSON (--format json) : un objet avec grain, metric, as_of, range {from, to}, age_count et
  cohorts [{label, from, to, size, cells [{age, value, reason, partial, buying_customers, orders, unpriced_lines,
           net_sales, cumulative_net_sales}]}], currency (le code ISO de l&apos;espace de travail, null s&apos;il n&apos;est pas connu).
Les cellules après la date de référence sont absentes (vides, et non zéro). value est une fraction pour retention, un montant par client pour revenue et cumulative_revenue, un nombre de commandes par client pour orders ; net_sales est le total monétaire de la cellule. Le montant d&apos;une cellule dont les lignes ont été importées sans prix est null avec reason &quot;no prices imported&quot; (jamais 0) ; reason &quot;some lines without prices&quot; signale un montant qui laisse ces lignes de côté.
CSV (--format csv) : cohort,cohort_from,size,age,value,partial,note ; une ligne par cellule ; value est vide et note indique pourquoi quand le montant est inconnu.</translation>
    </message>
    <message>
        <location filename="../cli/CohortsCommand.cpp" line="179"/>
        <source>What the cells show (default: retention).</source>
        <translation>Ce que montrent les cellules (par défaut : retention).</translation>
    </message>
    <message>
        <location filename="../cli/CohortsCommand.cpp" line="189"/>
        <source>--metric takes retention, revenue, cumulative_revenue or orders, not &quot;%1&quot;.</source>
        <translation>--metric attend retention, revenue, cumulative_revenue ou orders, et non « %1 ».</translation>
    </message>
    <message>
        <location filename="../cli/CohortsCommand.cpp" line="218"/>
        <source>Print the cohort matrix: retention, revenue or orders.</source>
        <translation>Afficher la matrice de cohortes : rétention, chiffre d&apos;affaires ou commandes.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="102"/>
        <source>%1: StoreLens cannot tell what this file holds.</source>
        <translation>%1 : StoreLens ne parvient pas à déterminer le contenu de ce fichier.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="106"/>
        <source>Name it with --entity orders, customers, products, inventory, traffic, staffing or marketing. Nothing was imported.</source>
        <translation>Précisez-le avec --entity orders, customers, products, inventory, traffic, staffing ou marketing. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="33"/>
        <source>Source &quot;%1&quot;: lines added %2 (%3); changed %4 (%5 before, %6 after); unchanged %7 (%8); removed %9 (%10)</source>
        <translation>Source « %1 » : lignes ajoutées %2 (%3) ; modifiées %4 (%5 avant, %6 après) ; inchangées %7 (%8) ; supprimées %9 (%10)</translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/ImportSummary.cpp" line="46"/>
        <source>%n order(s) already in the workspace have new refunds or cancellations (%1): each refund becomes a return, dated on the refund date the file gives or else on the order&apos;s day, so the months of those orders change.</source>
        <translation>
            <numerusform>%n commande déjà dans l&apos;espace de travail a un nouveau remboursement (%1) : chaque remboursement devient un retour, daté du remboursement indiqué par le fichier ou sinon du jour de la commande ; le mois de cette commande change.</numerusform>
            <numerusform>%n commandes déjà dans l&apos;espace de travail ont de nouveaux remboursements (%1) : chaque remboursement devient un retour, daté du remboursement indiqué par le fichier ou sinon du jour de la commande ; les mois de ces commandes changent.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="55"/>
        <source>(--source names it; --replace is refused for such a file.)</source>
        <translation>(--source la nomme ; --replace est refusé pour un tel fichier.)</translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="57"/>
        <source>1 line (%1) of source &quot;%2&quot; from %3 to %4 is not in this file; it was kept. If the file is a re-export of those days, import it with --replace to remove it.</source>
        <translation>1 ligne (%1) de la source « %2 » du %3 au %4 ne figure pas dans ce fichier ; elle a été conservée. Si le fichier est une réexportation de ces jours, importez-le avec --replace pour la supprimer.</translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="64"/>
        <source>%1 lines (%2) of source &quot;%3&quot; from %4 to %5 are not in this file; they were kept. If the file is a re-export of those days, import it with --replace to remove them.</source>
        <translation>%1 lignes (%2) de la source « %3 » du %4 au %5 ne figurent pas dans ce fichier ; elles ont été conservées. Si le fichier est une réexportation de ces jours, importez-le avec --replace pour les supprimer.</translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="87"/>
        <source>Line totals (&quot;%1&quot;) are after the line discount: gross = total + discount.</source>
        <translation>Les totaux de ligne (« %1 ») sont après la remise de ligne : brut = total + remise.</translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="89"/>
        <source>Line totals (&quot;%1&quot;) are before the line discount.</source>
        <translation>Les totaux de ligne (« %1 ») sont avant la remise de ligne.</translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="94"/>
        <source>Discounts (&quot;%1&quot;) are rates (0.2 = 20 %).</source>
        <translation>Les remises (« %1 ») sont des taux (0,2 = 20 %).</translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="97"/>
        <source>Discounts (&quot;%1&quot;) are percentages (20 = 20 %).</source>
        <translation>Les remises (« %1 ») sont des pourcentages (20 = 20 %).</translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/ImportSummary.cpp" line="101"/>
        <source>Warning: on %n line(s) the discount in &quot;%1&quot; is larger than the line itself; if the column holds percentages (20 = 20 %), map it with --map &quot;%1=discount_percent&quot;.</source>
        <translation>
            <numerusform>Attention : sur %n ligne, la remise de « %1 » dépasse la ligne elle-même ; si la colonne contient des pourcentages (20 = 20 %), associez-la avec --map &quot;%1=discount_percent&quot;.</numerusform>
            <numerusform>Attention : sur %n lignes, la remise de « %1 » dépasse la ligne elle-même ; si la colonne contient des pourcentages (20 = 20 %), associez-la avec --map &quot;%1=discount_percent&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="108"/>
        <source>Warning: every discount in &quot;%1&quot; is below 1; if they are rates (0.2 = 20 %), map the column as a discount rate.</source>
        <translation>Attention : toutes les remises de « %1 » sont inférieures à 1 ; s&apos;il s&apos;agit de taux (0,2 = 20 %), associez la colonne à un taux de remise.</translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="113"/>
        <source>Warning: every line of each of the %1 discounted orders of several lines (such as order %2) carries the same discount in &quot;%3&quot;; if it is the order&apos;s discount repeated on each line, map the column as the order discount (it is counted %4 too often now).</source>
        <translation>Attention : chaque ligne de chacune des %1 commandes remisées à plusieurs lignes (par exemple la commande %2) porte la même remise dans « %3 » ; s’il s’agit de la remise de la commande répétée sur chaque ligne, associez la colonne à la remise de commande (elle est comptée %4 de trop actuellement).</translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="123"/>
        <source>Warning: in each of the %1 discounted orders of several lines (such as order %2) only the first line carries a discount in &quot;%3&quot;; if it is the order&apos;s discount, given once per order, map it with --map &quot;%3=order_discount&quot; (it is then spread over the order&apos;s lines).</source>
        <translation>Attention : dans chacune des %1 commandes remisées à plusieurs lignes (par exemple la commande %2), seule la première ligne porte une remise dans « %3 » ; s’il s’agit de la remise de la commande, indiquée une fois par commande, associez la colonne avec --map &quot;%3=order_discount&quot; (elle est alors répartie sur les lignes de la commande).</translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="148"/>
        <source>Order-level money (%1) was left out.</source>
        <translation>Les montants au niveau de la commande (%1) ont été exclus.</translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="151"/>
        <source>Shipping (%1) was left out: shipping is not sales.</source>
        <translation>Les frais de port (%1) ont été laissés de côté : les frais de port ne sont pas des ventes.</translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="154"/>
        <source>Shipping (%1) was left out: %2; shipping is not sales (--shipping sales counts it in).</source>
        <translation>Les frais de port (%1) ont été laissés de côté : %2 ; les frais de port ne sont pas des ventes (--shipping sales les compte).</translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="160"/>
        <source>%1 of order-level money was left out: its orders have no sale line to carry it.</source>
        <translation>%1 de montants au niveau de la commande ont été exclus : leurs commandes n&apos;ont aucune ligne de vente pour les porter.</translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="167"/>
        <source>Refunds (&quot;%1&quot;): none beyond the orders whose status already makes them returns.</source>
        <translation>Remboursements (« %1 ») : aucun au-delà des commandes que leur statut compte déjà comme retours.</translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="174"/>
        <source>Refunds (&quot;%1&quot;) counted as returns: %2, of 1 order whose status does not say refunded.</source>
        <translation>Remboursements (« %1 ») comptés comme retours : %2, d’1 commande dont le statut n’indique pas remboursée.</translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="177"/>
        <source>Refunds (&quot;%1&quot;) counted as returns: %2, of %3 orders whose status does not say refunded.</source>
        <translation>Remboursements (« %1 ») comptés comme retours : %2, de %3 commandes dont le statut n’indique pas remboursée.</translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="183"/>
        <source>%1 of refunds beyond their orders&apos; sales was left out: it refunded tax or shipping, which are not sales.</source>
        <translation>%1 de remboursements au-delà des ventes de leurs commandes a été laissé de côté : cela remboursait des taxes ou la livraison, qui ne sont pas des ventes.</translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="188"/>
        <source>1 line has no price: money KPIs say &quot;no prices imported&quot; for it.</source>
        <translation>1 ligne n&apos;a pas de prix : les indicateurs monétaires indiquent « aucun prix importé » pour elle.</translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="190"/>
        <source>%1 lines have no price: money KPIs say &quot;no prices imported&quot; for them.</source>
        <translation>%1 lignes n&apos;ont pas de prix : les indicateurs monétaires indiquent « aucun prix importé » pour elles.</translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="205"/>
        <source>The order discounts (%1) include their lines&apos; discounts (%2): %3 of them is on the lines already and counts once (--order-discount separate counts both).</source>
        <translation>Les remises de commande (%1) incluent les remises de leurs lignes (%2) : %3 en sont déjà sur les lignes et comptent une fois (--order-discount separate compte les deux).</translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/ImportSummary.cpp" line="211"/>
        <source>Warning: in %n order(s) (such as order %1) the lines&apos; discounts (%2) are more than the order&apos;s discount (%3); the lines&apos; discounts count.</source>
        <translation>
            <numerusform>Avertissement : dans %n commande (comme la commande %1), les remises des lignes (%2) dépassent la remise de la commande (%3) ; les remises des lignes comptent.</numerusform>
            <numerusform>Avertissement : dans %n commandes (comme la commande %1), les remises des lignes (%2) dépassent la remise de la commande (%3) ; les remises des lignes comptent.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="264"/>
        <source>Dry run of %1 (%2): nothing was changed.</source>
        <translation>Simulation de %1 (%2) : rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="265"/>
        <source>Imported %1 (%2).</source>
        <translation>%1 importé (%2).</translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="269"/>
        <source>Rows read: %1; order lines new: %2; updated: %3; unchanged: %4; rejected: %5</source>
        <translation>Lignes lues : %1 ; lignes de commande nouvelles : %2 ; mises à jour : %3 ; inchangées : %4 ; rejetées : %5</translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="271"/>
        <source>Rows read: %1; new: %2; updated: %3; unchanged: %4; rejected: %5</source>
        <translation>Lignes lues : %1 ; nouvelles : %2 ; mises à jour : %3 ; inchangées : %4 ; rejetées : %5</translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="293"/>
        <location filename="../cli/InfoCommand.cpp" line="51"/>
        <location filename="../cli/SegmentsCommand.cpp" line="306"/>
        <source>no prices imported</source>
        <translation>aucun prix importé</translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="295"/>
        <source>Dates: %1 to %2; orders %3; gross sales %4; discounts %5; returns %6; net sales %7</source>
        <translation>Dates : du %1 au %2 ; commandes %3 ; chiffre d&apos;affaires brut %4 ; remises %5 ; retours %6 ; chiffre d&apos;affaires net %7</translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="303"/>
        <source>Left out of sales: %1.</source>
        <translation>Laissé hors des ventes : %1.</translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="307"/>
        <source>Data quality:</source>
        <translation>Qualité des données :</translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="313"/>
        <source>To import their lines as guest sales, import again with --guest-ids &quot;%1&quot; (--save-profile keeps it for the next export).</source>
        <translation>Pour importer ces lignes comme ventes sans client, importez à nouveau avec --guest-ids &quot;%1&quot; (--save-profile le garde pour le prochain export).</translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="321"/>
        <source>Marked &quot;not a product&quot;: %1 products.</source>
        <translation>Marqués « pas un produit » : %1 produits.</translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="324"/>
        <source>To mark the fee-like SKUs, import again with --not-a-product &quot;%1&quot;</source>
        <translation>Pour marquer les références qui ressemblent à des frais, importez à nouveau avec --not-a-product &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="328"/>
        <source>Tips are not the store&apos;s sales: to leave them out, import again with --not-sales &quot;%1&quot; (--save-profile keeps it for the next export).</source>
        <translation>Les pourboires ne sont pas des ventes du magasin : pour les laisser de côté, importez à nouveau avec --not-sales &quot;%1&quot; (--save-profile le garde pour le prochain export).</translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="334"/>
        <source>Tips belong to the staff and are left out of sales (%1): to count them in sales, import again with --keep-tips.</source>
        <translation>Les pourboires reviennent au personnel et sont laissés hors des ventes (%1) : pour les compter dans les ventes, importez à nouveau avec --keep-tips.</translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="339"/>
        <source>A gift card sold is a sale when it is spent, so gift cards are left out of sales (%1): to count them when sold, import again with --keep-gift-cards.</source>
        <translation>Une carte cadeau vendue devient une vente quand elle est dépensée : les cartes cadeaux sont donc laissées hors des ventes (%1). Pour les compter à la vente, importez de nouveau avec --keep-gift-cards.</translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="349"/>
        <source>column &quot;%1&quot;, value &quot;%2&quot;: %3</source>
        <translation>colonne « %1 », valeur « %2 » : %3</translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="356"/>
        <source>... and %1 more rejected rows.</source>
        <translation>... et %1 autres lignes rejetées.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="193"/>
        <source>column %1 &quot;%2&quot;</source>
        <translation>colonne %1 « %2 »</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="197"/>
        <source>%1 both name the field %2, and nothing in the file tells which one holds it. Nothing was imported.</source>
        <translation>%1 désignent toutes deux le champ %2, et rien dans le fichier n&apos;indique laquelle le contient. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="200"/>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="208"/>
        <source>The suggested profile was saved: set the field of the column to use (and clear the other), then import with --profile.</source>
        <translation>Le profil suggéré a été enregistré : indiquez le champ pour la colonne à utiliser (et videz-le pour l&apos;autre), puis importez avec --profile.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="210"/>
        <source>Save the suggested profile with --save-profile, set the field of the column to use (and clear the other), then import with --profile.</source>
        <translation>Enregistrez le profil suggéré avec --save-profile, indiquez le champ pour la colonne à utiliser (et videz-le pour l&apos;autre), puis importez avec --profile.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="222"/>
        <source>--cancel-status names values of the status column, and no column is mapped to the status; map one with --map &quot;COLUMN=status&quot;.</source>
        <translation>--cancel-status désigne des valeurs de la colonne de statut, et aucune colonne n&apos;est associée au statut ; associez-en une avec --map &quot;COLONNE=status&quot;.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="230"/>
        <source>--cancel-status takes a status value, such as &quot;Cancelado&quot;.</source>
        <translation>--cancel-status attend une valeur de statut, par exemple &quot;Cancelado&quot;.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="302"/>
        <source>COLUMN=FIELD</source>
        <translation>COLONNE=CHAMP</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="354"/>
        <source>A column mapped as shipping: left out of sales (default: shipping is not sales) or spread over each order&apos;s lines as sales.</source>
        <translation>Une colonne associée aux frais de port : laissée hors des ventes (par défaut : les frais de port ne sont pas des ventes) ou répartie sur les lignes de chaque commande comme ventes.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="360"/>
        <source>Order lines with an order discount and a line discount column: whether the order discount includes its lines&apos; discounts (only the rest is spread) or is separate from them (default: includes-lines for Shopify&apos;s Discount Amount beside Lineitem discount, else separate).</source>
        <translation>Lignes de commande avec une colonne de remise de commande et une de remise de ligne : si la remise de commande inclut les remises de ses lignes (seul le reste est réparti) ou en est distincte (par défaut : includes-lines pour le Discount Amount de Shopify à côté de Lineitem discount, sinon separate).</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="367"/>
        <source>Order lines: the system the export comes from (the till, the web shop, an ERP export); an order is its source and its order id (default: the profile&apos;s source, else the system of an export StoreLens recognises, such as &quot;Squarespace&quot;, else &quot;Web shop&quot; for a web shop&apos;s export and &quot;Till&quot; for any other; &quot;Default&quot; while the workspace holds lines imported into it).</source>
        <translation>Lignes de commande : le système d&apos;où provient l&apos;export (la caisse, la boutique en ligne, un export d&apos;ERP) ; une commande est identifiée par sa source et son numéro de commande (par défaut : la source du profil, sinon le système d&apos;un export que StoreLens reconnaît, par exemple « Squarespace », sinon « Boutique en ligne » pour l&apos;export d&apos;une boutique en ligne et « Caisse » pour tout autre ; « Par défaut » tant que l&apos;espace de travail contient des lignes importées dans celle-ci).</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="380"/>
        <source>Order lines: customer ids or e-mail addresses (comma-separated) that stand for no one, such as a till&apos;s placeholder on every walk-in sale: their lines are imported as guest sales, without a customer.</source>
        <translation>Lignes de commande : identifiants clients ou adresses e-mail (séparés par des virgules) qui ne désignent personne, comme l&apos;identifiant fictif qu&apos;une caisse met sur chaque vente de passage : leurs lignes sont importées comme ventes sans client.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="383"/>
        <source>ID,ID</source>
        <translation>ID,ID</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="386"/>
        <source>Order lines: a value of the status column that marks a cancelled or refunded order (repeatable), besides the usual ones (cancelled, refunded, Cancelado, Annulé, ...): its orders count as a sale and a return.</source>
        <translation>Lignes de commande : une valeur de la colonne de statut qui désigne une commande remboursée ou annulée après paiement (répétable), en plus des valeurs habituelles (cancelled, refunded, Cancelado, Annulé, ...) : ses commandes comptent comme une vente et un retour.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="389"/>
        <location filename="../cli/ImportCommand.cpp" line="395"/>
        <source>VALUE</source>
        <translation>VALEUR</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="400"/>
        <source>Order lines: the channel of lines the file gives none (default: &quot;Online&quot; for a web shop&apos;s export StoreLens recognises, else &quot;In store&quot;).</source>
        <translation>Lignes de commande : le canal des lignes pour lesquelles le fichier n&apos;en donne aucun (par défaut : « En ligne » pour l&apos;export d&apos;une boutique en ligne que StoreLens reconnaît, sinon « En magasin »).</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="407"/>
        <source>Order lines with an e-mail or phone column: a line&apos;s customer becomes the workspace&apos;s customer with its e-mail address or, without one, its phone number (else the address keys it, or the id without one), so that a person the till and the web shop both know counts once.</source>
        <translation>Lignes de commande avec une colonne d&apos;e-mail ou de téléphone : le client d&apos;une ligne devient le client de l&apos;espace de travail qui a son adresse e-mail ou, à défaut, son numéro de téléphone (sinon l&apos;adresse l&apos;identifie, ou le numéro à défaut), pour qu&apos;une personne que la caisse et la boutique en ligne connaissent toutes deux ne compte qu&apos;une fois.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="529"/>
        <source>--shipping takes sales or left-out.</source>
        <translation>--shipping prend sales ou left-out.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="535"/>
        <source>--order-discount takes includes-lines or separate.</source>
        <translation>--order-discount prend includes-lines ou separate.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="559"/>
        <source>--channel takes a name, for order lines.</source>
        <translation>--channel attend un nom, pour des lignes de commande.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="579"/>
        <source>--customers-by-email needs an e-mail or phone column; map one with --map &quot;COLUMN=customer_email&quot; or --map &quot;COLUMN=customer_phone&quot;.</source>
        <translation>--customers-by-email demande une colonne d&apos;e-mail ou de téléphone ; associez-en une avec --map &quot;COLONNE=customer_email&quot; ou --map &quot;COLONNE=customer_phone&quot;.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="272"/>
        <source>The CSV file to import.</source>
        <translation>Le fichier CSV à importer.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="71"/>
        <source>--not-sales takes SKUs, for order lines.</source>
        <translation>--not-sales attend des références, pour des lignes de commande.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="75"/>
        <source>--keep-tips is for order lines.</source>
        <translation>--keep-tips s&apos;applique aux lignes de commande.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="79"/>
        <source>--keep-gift-cards is for order lines.</source>
        <translation>--keep-gift-cards concerne les lignes de commande.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="103"/>
        <source>%1: StoreLens cannot tell what this file holds (likeliest first: %2).</source>
        <translation>%1 : StoreLens ne parvient pas à déterminer le contenu de ce fichier (les plus probables d&apos;abord : %2).</translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="140"/>
        <source>order discounts %1</source>
        <translation>remises de commande %1</translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="142"/>
        <source>shipping %1</source>
        <translation>livraison %1</translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="143"/>
        <source>Order-level money (%1) was spread over each order&apos;s lines: %2.</source>
        <translation>Les montants au niveau de la commande (%1) ont été répartis sur les lignes de chaque commande : %2.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="249"/>
        <source>--not-sold-status names values of the status column, and no column is mapped to the status; map one with --map &quot;COLUMN=status&quot;.</source>
        <translation>--not-sold-status désigne des valeurs de la colonne de statut, et aucune colonne n&apos;est associée au statut ; associez-en une avec --map &quot;COLONNE=status&quot;.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="260"/>
        <source>--not-sold-status takes a status value, such as &quot;Pendiente&quot;.</source>
        <translation>--not-sold-status attend une valeur de statut, par exemple &quot;Pendiente&quot;.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="273"/>
        <source>The workspace file (created when missing).</source>
        <translation>Le fichier d&apos;espace de travail (créé s&apos;il n&apos;existe pas).</translation>
    </message>
    <message>
        <location filename="../cli/CliSupport.cpp" line="101"/>
        <location filename="../cli/CustomerCommand.cpp" line="21"/>
        <location filename="../cli/ImportCommand.cpp" line="274"/>
        <location filename="../cli/InfoCommand.cpp" line="71"/>
        <location filename="../cli/SampleCommand.cpp" line="54"/>
        <source>path</source>
        <translation>chemin</translation>
    </message>
    <message>
        <location filename="../cli/CustomerCommand.cpp" line="22"/>
        <source>The customer&apos;s id as imported.</source>
        <translation>Le numéro du client tel qu&apos;importé.</translation>
    </message>
    <message>
        <location filename="../cli/CustomerCommand.cpp" line="23"/>
        <source>id</source>
        <translation>numéro</translation>
    </message>
    <message>
        <location filename="../cli/CustomerCommand.cpp" line="59"/>
        <source>storelens customer export: everything the workspace holds on one customer (their customer record, their order lines, their figures, RFM scores, lifecycle stage, value tier and saved segments) as JSON or as CSV.</source>
        <translation>storelens customer export : tout ce que l&apos;espace de travail contient sur un client (sa fiche client, ses lignes de commande, ses chiffres, ses scores RFM, son étape du cycle de vie, son niveau de valeur et ses segments enregistrés) au format JSON ou CSV.</translation>
    </message>
    <message>
        <location filename="../cli/CustomerCommand.cpp" line="63"/>
        <source>json (default) or csv.</source>
        <translation>json (par défaut) ou csv.</translation>
    </message>
    <message>
        <location filename="../cli/CustomerCommand.cpp" line="66"/>
        <source>The file to write (default: standard output).</source>
        <translation>Le fichier à écrire (par défaut : la sortie standard).</translation>
    </message>
    <message>
        <location filename="../cli/CustomerCommand.cpp" line="73"/>
        <source>--format takes json or csv.</source>
        <translation>--format attend json ou csv.</translation>
    </message>
    <message>
        <location filename="../cli/CustomerCommand.cpp" line="95"/>
        <source>The export could not be written: %1</source>
        <translation>L&apos;export n&apos;a pas pu être écrit : %1</translation>
    </message>
    <message>
        <location filename="../cli/CustomerCommand.cpp" line="99"/>
        <source>Wrote %1.</source>
        <translation>%1 écrit.</translation>
    </message>
    <message>
        <location filename="../cli/CustomerCommand.cpp" line="106"/>
        <source>storelens customer forget: removes one customer&apos;s personal data (their customer record) and turns their order lines into guest lines, so orders, net sales and units stay as they were and the customer count drops by one. This cannot be undone; without --yes nothing changes. A later orders import keeps their lines guest lines; importing a customer list that still holds them brings them back.</source>
        <translation>storelens customer forget : supprime les données personnelles d&apos;un client (sa fiche client) et fait de ses lignes de commande des lignes d&apos;invité : commandes, chiffre d&apos;affaires net et unités restent inchangés et le nombre de clients baisse d&apos;un. C&apos;est irréversible ; sans --yes rien ne change. Une importation ultérieure de commandes laisse ses lignes en lignes d&apos;invité ; importer une liste de clients qui le contient encore le fait revenir.</translation>
    </message>
    <message>
        <location filename="../cli/CustomerCommand.cpp" line="113"/>
        <source>Forget the customer; do not only say who.</source>
        <translation>Oublier le client, et pas seulement indiquer de qui il s&apos;agit.</translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/CustomerCommand.cpp" line="131"/>
        <source>This would forget customer %1 (%2) and turn their %n order line(s) into guest lines. Add --yes to do it; it cannot be undone.</source>
        <translation>
            <numerusform>Cette opération oublierait le client %1 (%2) et transformerait %n ligne de commande en ligne sans compte client. Ajoutez --yes pour le faire ; c&apos;est irréversible.</numerusform>
            <numerusform>Cette opération oublierait le client %1 (%2) et transformerait ses %n lignes de commande en lignes sans compte client. Ajoutez --yes pour le faire ; c&apos;est irréversible.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cli/CustomerCommand.cpp" line="134"/>
        <source>no name</source>
        <translation>sans nom</translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/CustomerCommand.cpp" line="141"/>
        <source>Forgot customer %1: %n order line(s) are now guest lines.</source>
        <translation>
            <numerusform>Client %1 oublié : %n ligne de commande est désormais une ligne sans compte client.</numerusform>
            <numerusform>Client %1 oublié : %n lignes de commande sont désormais des lignes sans compte client.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cli/CustomerCommand.cpp" line="146"/>
        <source>The workspace file could not be compacted (another program has it open); the removed data is overwritten but run the command again when it is closed.</source>
        <translation>Le fichier de l&apos;espace de travail n&apos;a pas pu être compacté (un autre programme l&apos;a ouvert) ; les données supprimées sont écrasées, mais relancez la commande lorsqu&apos;il sera fermé.</translation>
    </message>
    <message>
        <location filename="../cli/CustomerCommand.cpp" line="165"/>
        <source>Usage: storelens customer export|forget --workspace W --id ID
  export  everything the workspace holds on one customer, as JSON or CSV
  forget  remove one customer&apos;s personal data; sales totals stay as they were
storelens customer ACTION --help describes each.</source>
        <translation>Utilisation : storelens customer export|forget --workspace W --id ID
  export  tout ce que l&apos;espace de travail contient sur un client, en JSON ou CSV
  forget  supprimer les données personnelles d&apos;un client ; les totaux des ventes restent inchangés
storelens customer ACTION --help décrit chacune.</translation>
    </message>
    <message>
        <location filename="../cli/CustomerCommand.cpp" line="173"/>
        <source>storelens customer takes export or forget, not &quot;%1&quot;.</source>
        <translation>storelens customer attend export ou forget, et non « %1 ».</translation>
    </message>
    <message>
        <location filename="../cli/CustomerCommand.cpp" line="183"/>
        <source>Export one customer&apos;s data, or forget the customer (privacy).</source>
        <translation>Exporter les données d&apos;un client ou oublier ce client (protection des données personnelles).</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="277"/>
        <source>What the file holds: orders, customers, products, inventory, traffic, staffing or marketing (default: detected from the header and values).</source>
        <translation>Contenu du fichier : orders, customers, products, inventory, traffic, staffing ou marketing (par défaut : détecté d&apos;après l&apos;en-tête et les valeurs).</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="279"/>
        <source>entity</source>
        <translation>entité</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="280"/>
        <source>An import profile (JSON) to apply.</source>
        <translation>Un profil d&apos;importation (JSON) à appliquer.</translation>
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
        <translation>abort : la première ligne invalide annule l&apos;importation (par défaut) ; skip : les lignes invalides sont exclues et listées, le reste est importé.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="288"/>
        <source>Check the whole file and count new, updated and unchanged rows without changing the workspace.</source>
        <translation>Vérifier tout le fichier et compter les lignes nouvelles, mises à jour et inchangées sans modifier l&apos;espace de travail.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="291"/>
        <source>The order of day and month in dates, when the file leaves it open.</source>
        <translation>L&apos;ordre du jour et du mois dans les dates, quand le fichier ne permet pas de le déterminer.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="294"/>
        <source>The decimal separator of the numbers, when the file leaves it open.</source>
        <translation>Le séparateur décimal des nombres, quand le fichier ne permet pas de le déterminer.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="298"/>
        <source>Map a column to a field by its key, or leave it out with an empty key (repeatable): &quot;Einzelpreis brutto=unit_price&quot;. An order ID in two columns (a till&apos;s series and number): &quot;Serie=order_series&quot; beside &quot;Número=order_id&quot; makes ticket T1/5.</source>
        <translation>Associer une colonne à un champ par sa clé, ou l&apos;ignorer avec une clé vide (répétable) : « Einzelpreis brutto=unit_price ». Un n° de commande sur deux colonnes (la série et le numéro d&apos;une caisse) : « Serie=order_series » à côté de « Número=order_id » donne le ticket T1/5.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="304"/>
        <source>Save the profile used (suggested or given) as JSON.</source>
        <translation>Enregistrer le profil utilisé (suggéré ou fourni) au format JSON.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="307"/>
        <source>With --on-error skip: write the rejected rows to this CSV file.</source>
        <translation>Avec --on-error skip : écrire les lignes rejetées dans ce fichier CSV.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="308"/>
        <source>rejected.csv</source>
        <translation>rejetees.csv</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="311"/>
        <source>Mark these SKUs (comma-separated; fees, postage, adjustments) &quot;not a product&quot;: their lines stay in sales, the products leave product rankings.</source>
        <translation>Marquer ces références (séparées par des virgules ; frais, port, ajustements) comme « pas un produit » : leurs lignes restent dans les ventes, les produits sortent des classements de produits.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="313"/>
        <source>SKU,SKU</source>
        <translation>REF,REF</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="317"/>
        <source>Order lines: a SKU whose lines are not the store&apos;s sales, such as tips or deposits (repeatable, or comma-separated): its lines are not imported, so they make no order and no buying customer; the summary counts them and their money.</source>
        <translation>Lignes de commande : une référence dont les lignes ne sont pas des ventes du magasin, comme les pourboires ou les consignes (répétable, ou séparées par des virgules) : ses lignes ne sont pas importées, elles ne font donc ni commande ni client acheteur ; le résumé les compte avec leur montant.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="320"/>
        <source>SKU</source>
        <translation>REF</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="324"/>
        <source>Order lines: keep tips (a SKU or product name such as Tip, Trinkgeld, Pourboire or Propina) in sales. A new profile leaves them out of sales, as the import wizard does; a profile saved before StoreLens did keeps them in.</source>
        <translation>Lignes de commande : garder les pourboires (une référence ou un nom de produit comme Tip, Trinkgeld, Pourboire ou Propina) dans les ventes. Un nouveau profil les laisse hors des ventes, comme l&apos;assistant d&apos;import ; un profil enregistré avant que StoreLens le fasse les garde dans les ventes.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="330"/>
        <source>Order lines: keep gift cards sold (a product such as Gift Card, Geschenkgutschein or Carte cadeau) in sales. A new profile leaves them out, as the import wizard does: the purchase paid with the card is the sale.</source>
        <translation>Lignes de commande : garder dans les ventes les cartes cadeaux vendues (un produit comme Gift Card, Geschenkgutschein ou Carte cadeau). Un nouveau profil les laisse de côté, comme l&apos;assistant d&apos;import : l&apos;achat payé avec la carte est la vente.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="335"/>
        <source>Import order lines from a file without any price (a till log): orders, units and customers count, money KPIs say &quot;no prices imported&quot;.</source>
        <translation>Importer des lignes de commande depuis un fichier sans aucun prix (un journal de caisse) : elles comptent pour les commandes, les articles et les clients ; les indicateurs monétaires indiquent « aucun prix importé ».</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="339"/>
        <source>For a file without an order id: row (each row is an order, the default) or customer-day (one order per customer per day).</source>
        <translation>Pour un fichier sans numéro de commande : row (chaque ligne est une commande, par défaut) ou customer-day (une commande par client et par jour).</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="344"/>
        <source>Whether the line total column is before or after the line&apos;s discount (default: from the profile or the column&apos;s name).</source>
        <translation>Indique si la colonne de total de ligne est avant ou après la remise de la ligne (par défaut : d&apos;après le profil ou le nom de la colonne).</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="349"/>
        <source>Order-level discounts and shipping: spread exactly over each order&apos;s lines (default) or leave them out.</source>
        <translation>Remises et frais de port au niveau de la commande : les répartir exactement sur les lignes de chaque commande (par défaut) ou les exclure.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="372"/>
        <location filename="../cli/ImportCommand.cpp" line="402"/>
        <location filename="../cli/ImportMatchOptions.cpp" line="51"/>
        <location filename="../cli/SegmentsCommand.cpp" line="325"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="375"/>
        <source>Order lines: the file is the truth for its source on the days it covers (its first to last day): lines of that source on those days that the file no longer holds are removed. Without it nothing is ever removed.</source>
        <translation>Lignes de commande : le fichier fait foi pour sa source sur les jours qu&apos;il couvre (de son premier à son dernier jour) : les lignes de cette source sur ces jours que le fichier ne contient plus sont supprimées. Sans cette option, rien n&apos;est jamais supprimé.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="392"/>
        <source>Order lines: a value of the status column that means the order was not paid (repeatable), besides the usual ones (pending, failed, Pendiente, ...): its orders are left out.</source>
        <translation>Lignes de commande : une valeur de la colonne de statut qui signifie que la commande n&apos;a pas été payée (répétable), en plus des valeurs habituelles (pending, failed, Pendiente, ...) : ses commandes sont écartées.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="431"/>
        <source>Name exactly one CSV file to import.</source>
        <translation>Indiquez exactement un fichier CSV à importer.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="440"/>
        <source>Unknown --entity &quot;%1&quot;.</source>
        <translation>--entity inconnu : « %1 ».</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="448"/>
        <source>--on-error takes abort or skip.</source>
        <translation>--on-error attend abort ou skip.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="475"/>
        <source>Using the import profile &quot;%1&quot; that the workspace keeps for files with this header (--profile FILE uses another).</source>
        <translation>Utilisation du profil d&apos;import « %1 » que l&apos;espace de travail conserve pour les fichiers avec cet en-tête (--profile FICHIER en utilise un autre).</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="495"/>
        <source>--date-order takes dmy, mdy or ymd.</source>
        <translation>--date-order attend dmy, mdy ou ymd.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="503"/>
        <source>--decimal takes . or ,.</source>
        <translation>--decimal attend . ou ,.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="521"/>
        <source>--orders-without-id takes row or customer-day.</source>
        <translation>--orders-without-id attend row ou customer-day.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="526"/>
        <source>--line-total takes before-discount or after-discount.</source>
        <translation>--line-total attend before-discount ou after-discount.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="532"/>
        <source>--order-money takes spread or leave-out.</source>
        <translation>--order-money attend spread ou leave-out.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="552"/>
        <source>--source takes a name.</source>
        <translation>--source attend un nom.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="651"/>
        <source>Import a CSV export into a workspace.</source>
        <translation>Importer un export CSV dans un espace de travail.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="653"/>
        <source>storelens import: reads a CSV export (orders, customers, products, inventory, traffic, staffing or marketing spend) into a workspace, in one transaction. Without --profile the profile the workspace keeps for files with this header (saved by the import wizard) is used; without one, the columns are mapped from the header names, and what the file holds is read from its header and values; when that is not clear, name it with --entity. Exit status: 0 imported, 1 bad usage, 2 input rejected (the message names file, line, column and reason, or the --entity choices; nothing is imported).</source>
        <translation>storelens import : lit un export CSV (commandes, clients, produits, stocks, fréquentation, personnel ou dépenses marketing) dans un espace de travail, en une seule transaction. Sans --profile, le profil que l&apos;espace de travail conserve pour les fichiers avec cet en-tête (enregistré par l&apos;assistant d&apos;import) est utilisé ; à défaut, les colonnes sont associées d&apos;après les noms de l&apos;en-tête, et le contenu du fichier est déduit de son en-tête et de ses valeurs ; si ce n&apos;est pas clair, précisez-le avec --entity. Code de sortie : 0 importé, 1 utilisation incorrecte, 2 données refusées (le message indique le fichier, la ligne, la colonne et le motif, ou les choix possibles pour --entity ; rien n&apos;est importé).</translation>
    </message>
    <message>
        <location filename="../cli/InfoCommand.cpp" line="23"/>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <location filename="../cli/InfoCommand.cpp" line="24"/>
        <source>Order lines</source>
        <translation>Lignes de commande</translation>
    </message>
    <message>
        <location filename="../cli/InfoCommand.cpp" line="25"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../cli/InfoCommand.cpp" line="26"/>
        <source>Orders (with a sale)</source>
        <translation>Commandes (avec une vente)</translation>
    </message>
    <message>
        <location filename="../cli/InfoCommand.cpp" line="27"/>
        <source>Order ids (incl. return-only)</source>
        <translation>Numéros de commande (y compris retours seuls)</translation>
    </message>
    <message>
        <location filename="../cli/InfoCommand.cpp" line="28"/>
        <source>Return lines</source>
        <translation>Lignes de retour</translation>
    </message>
    <message>
        <location filename="../cli/InfoCommand.cpp" line="29"/>
        <source>Guest lines</source>
        <translation>Lignes sans compte client</translation>
    </message>
    <message>
        <location filename="../cli/InfoCommand.cpp" line="32"/>
        <source>Customers named in orders</source>
        <translation>Clients nommés dans des commandes</translation>
    </message>
    <message>
        <location filename="../cli/InfoCommand.cpp" line="33"/>
        <source>Customer records in no order</source>
        <translation>Fiches clients sans commande</translation>
    </message>
    <message>
        <location filename="../cli/InfoCommand.cpp" line="34"/>
        <source>Buying customers (with a sale)</source>
        <translation>Clients acheteurs (avec une vente)</translation>
    </message>
    <message>
        <location filename="../cli/InfoCommand.cpp" line="35"/>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <location filename="../cli/InfoCommand.cpp" line="36"/>
        <source>Stores</source>
        <translation>Magasins</translation>
    </message>
    <message>
        <location filename="../cli/InfoCommand.cpp" line="37"/>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <location filename="../cli/InfoCommand.cpp" line="38"/>
        <source>Inventory rows</source>
        <translation>Lignes de stock</translation>
    </message>
    <message>
        <location filename="../cli/InfoCommand.cpp" line="39"/>
        <source>Traffic rows</source>
        <translation>Lignes de fréquentation</translation>
    </message>
    <message>
        <location filename="../cli/InfoCommand.cpp" line="40"/>
        <source>Staffing rows</source>
        <translation>Lignes de personnel</translation>
    </message>
    <message>
        <location filename="../cli/InfoCommand.cpp" line="41"/>
        <source>Marketing rows</source>
        <translation>Lignes marketing</translation>
    </message>
    <message>
        <location filename="../cli/InfoCommand.cpp" line="42"/>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <location filename="../cli/InfoCommand.cpp" line="43"/>
        <source>As-of day</source>
        <translation>Date de référence</translation>
    </message>
    <message>
        <location filename="../cli/InfoCommand.cpp" line="47"/>
        <source>Lines without prices</source>
        <translation>Lignes sans prix</translation>
    </message>
    <message>
        <location filename="../cli/InfoCommand.cpp" line="53"/>
        <source>Gross sales</source>
        <translation>Chiffre d&apos;affaires brut</translation>
    </message>
    <message>
        <location filename="../cli/InfoCommand.cpp" line="54"/>
        <source>Discounts</source>
        <translation>Remises</translation>
    </message>
    <message>
        <location filename="../cli/InfoCommand.cpp" line="55"/>
        <source>Returns</source>
        <translation>Retours</translation>
    </message>
    <message>
        <location filename="../cli/InfoCommand.cpp" line="56"/>
        <location filename="../cli/SegmentsCommand.cpp" line="122"/>
        <location filename="../cli/SegmentsCommand.cpp" line="147"/>
        <source>Net sales</source>
        <translation>Chiffre d&apos;affaires net</translation>
    </message>
    <message>
        <location filename="../cli/InfoCommand.cpp" line="135"/>
        <source>storelens info: row counts, the date range and gross / net sales of a workspace. JSON fields: order_lines, sources, orders (distinct source and order id with a sale line, as the KPIs count them), order_ids (also return-only orders), return_lines, guest_lines, customers (every customer record, those of a customers export that no order names included), customers_in_orders (customers an order line names), customers_without_orders (customer records no order line names), buying_customers (identified customers with a sale line), products, stores, channels, first_day, as_of, unpriced_lines, gross_sales, discounts, returns, net_sales (money as decimal strings with 4 places; null when every line was imported without prices), currency (the workspace&apos;s ISO code, null when not known).</source>
        <translation>storelens info : nombre de lignes, plage de dates et chiffre d&apos;affaires brut / net d&apos;un espace de travail. Champs JSON : order_lines, sources, orders (couples source et numéro de commande distincts ayant une ligne de vente, comme les comptent les indicateurs), order_ids (y compris les commandes ne contenant que des retours), return_lines, guest_lines, customers (toutes les fiches clients, y compris celles d&apos;un export de clients qu&apos;aucune commande ne nomme), customers_in_orders (clients nommés par une ligne de commande), customers_without_orders (fiches clients qu&apos;aucune ligne de commande ne nomme), buying_customers (clients identifiés ayant une ligne de vente), products, stores, channels, first_day, as_of, unpriced_lines, gross_sales, discounts, returns, net_sales (montants sous forme de chaînes décimales à 4 décimales ; null quand toutes les lignes ont été importées sans prix), currency (le code ISO de l&apos;espace de travail, null s&apos;il n&apos;est pas connu).</translation>
    </message>
    <message>
        <location filename="../cli/CustomerCommand.cpp" line="20"/>
        <location filename="../cli/InfoCommand.cpp" line="71"/>
        <source>The workspace file.</source>
        <translation>Le fichier d&apos;espace de travail.</translation>
    </message>
    <message>
        <location filename="../cli/InfoCommand.cpp" line="72"/>
        <source>table (default) or json.</source>
        <translation>table (par défaut) ou json.</translation>
    </message>
    <message>
        <location filename="../cli/InfoCommand.cpp" line="121"/>
        <source>--format takes table or json.</source>
        <translation>--format attend table ou json.</translation>
    </message>
    <message>
        <location filename="../cli/InfoCommand.cpp" line="133"/>
        <source>Show what a workspace holds: rows, dates and totals.</source>
        <translation>Afficher le contenu d&apos;un espace de travail : lignes, dates et totaux.</translation>
    </message>
    <message>
        <location filename="../cli/ExplainCommand.cpp" line="202"/>
        <location filename="../cli/KpiCommand.cpp" line="54"/>
        <source>Period: %1 to %2</source>
        <translation>Période : du %1 au %2</translation>
    </message>
    <message>
        <location filename="../cli/ExplainCommand.cpp" line="205"/>
        <location filename="../cli/KpiCommand.cpp" line="57"/>
        <source>compared with %1 to %2</source>
        <translation>comparée à la période du %1 au %2</translation>
    </message>
    <message>
        <location filename="../cli/KpiCommand.cpp" line="59"/>
        <source>as of %1</source>
        <translation>date de référence : %1</translation>
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
        <translation>Attention : %1</translation>
    </message>
    <message>
        <location filename="../cli/KpiCommand.cpp" line="64"/>
        <source>KPI</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location filename="../cli/KpiCommand.cpp" line="79"/>
        <source>%1 pp</source>
        <translation>%1 pt</translation>
    </message>
    <message>
        <location filename="../cli/KpiCommand.cpp" line="90"/>
        <source>Abbreviations: %1.</source>
        <translation>Abréviations : %1.</translation>
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
        <translation>storelens kpi : tous les indicateurs de ventes et de clients d&apos;une période (METRICS.md, sections 2 et 3) avec leur comparaison. La période par défaut correspond aux 12 mois se terminant à la date de référence (le dernier jour avec des données).
Code de sortie : 0 terminé, 1 utilisation incorrecte, 2 l&apos;espace de travail ou un filtre a été refusé.

JSON (--format json) : un objet avec
  period {from, to, days} ; comparison_period {from, to, days} ou null ; comparison (previous|year|none) ;
  as_of ; first_data_day ; activity_window_days ; currency (code ISO, null s&apos;il est inconnu) ;
  warnings [{kind (period|comparison_period|retention_window|comparison_retention_window), message, from, to, days, days_with_data}] ;
  kpis [{key, label, unit (money|count|ratio|number), value, comparison, change, relative_change,
         good (up|down|neutral), assessment (good|bad|neutral|unchanged), has_data, comparison_has_data,
         no_data_reason, warning, inputs {name: number}}] ;
  cac_by_channel [{channel, spend, new_customers, cac}].
Les montants sont des nombres arrondis à 4 décimales, les ratios des fractions (0.0871), null là où il n&apos;y a pas de données.
Clés des indicateurs : %1.
CSV (--format csv) : key,label,unit,value,comparison,change,relative_change,good,has_data,no_data_reason.</translation>
    </message>
    <message>
        <location filename="../cli/ExplainCommand.cpp" line="226"/>
        <location filename="../cli/KpiCommand.cpp" line="65"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../cli/ExplainCommand.cpp" line="225"/>
        <location filename="../cli/KpiCommand.cpp" line="66"/>
        <source>Comparison</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <location filename="../cli/ExplainCommand.cpp" line="167"/>
        <source>Store</source>
        <translation>Magasin</translation>
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
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../cli/ExplainCommand.cpp" line="173"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../cli/ExplainCommand.cpp" line="175"/>
        <source>New or returning</source>
        <translation>Nouveaux ou récurrents</translation>
    </message>
    <message>
        <location filename="../cli/ExplainCommand.cpp" line="177"/>
        <source>Saved segment</source>
        <translation>Segment enregistré</translation>
    </message>
    <message>
        <location filename="../cli/ExplainCommand.cpp" line="179"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../cli/ExplainCommand.cpp" line="217"/>
        <source>Bridge</source>
        <translation>Décomposition</translation>
    </message>
    <message>
        <location filename="../cli/ExplainCommand.cpp" line="217"/>
        <source>Effect</source>
        <translation>Effet</translation>
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
        <translation>Évolution</translation>
    </message>
    <message>
        <location filename="../cli/ExplainCommand.cpp" line="301"/>
        <source>storelens explain: where the change of a KPI between the comparison period and the period came from (METRICS.md section 9): the driver bridge of net sales, the contributions by dimension (mix and rate for ratios) and whether the change is beyond normal variation. A source whose data ends early is named first with its part of the change, and the change is then not judged against normal variation.
Exit status: 0 done (also when the KPI has no defined explanation: the reason is printed), 1 bad usage, 2 the workspace or a filter was rejected.
JSON fields are listed in README.md (&quot;storelens explain&quot;).</source>
        <translation>storelens explain : d&apos;où vient l&apos;évolution d&apos;un indicateur entre la période de comparaison et la période (METRICS.md section 9) : la décomposition du chiffre d&apos;affaires net par facteur, les contributions par dimension (mix et taux pour les ratios) et si l&apos;évolution dépasse la variation normale. Une source dont les données s&apos;arrêtent tôt est nommée en premier avec sa part de l&apos;évolution, et l&apos;évolution n&apos;est alors pas jugée par rapport à la variation normale.
Code de sortie : 0 terminé (aussi quand l&apos;indicateur n&apos;a pas d&apos;explication définie : le motif est affiché), 1 utilisation incorrecte, 2 l&apos;espace de travail ou un filtre a été refusé.
Les champs JSON sont décrits dans README.md (&quot;storelens explain&quot;).</translation>
    </message>
    <message>
        <location filename="../cli/ExplainCommand.cpp" line="228"/>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <location filename="../cli/ExplainCommand.cpp" line="241"/>
        <source>The KPI to explain, a key of `storelens kpi` (net_sales, aov, conversion_rate, kept_customers, …; default net_sales).</source>
        <translation>L&apos;indicateur à expliquer, une clé de `storelens kpi` (net_sales, aov, conversion_rate, kept_customers, … ; net_sales par défaut).</translation>
    </message>
    <message>
        <location filename="../cli/ExplainCommand.cpp" line="259"/>
        <source>Unknown KPI &quot;%1&quot;; use a key of `storelens kpi`, e.g. net_sales.</source>
        <translation>Indicateur inconnu « %1 » ; utilisez une clé de `storelens kpi`, par exemple net_sales.</translation>
    </message>
    <message>
        <location filename="../cli/ExplainCommand.cpp" line="243"/>
        <source>KEY</source>
        <translation>CLÉ</translation>
    </message>
    <message>
        <location filename="../cli/ExplainCommand.cpp" line="246"/>
        <source>A dimension to split by (repeatable; default all): store, channel, country, category, customer_type, segment (saved segments), source (where the lines were imported from).</source>
        <translation>Une dimension de découpage (répétable ; toutes par défaut) : store, channel, country, category, customer_type, segment (segments enregistrés), source (d&apos;où les lignes ont été importées).</translation>
    </message>
    <message>
        <location filename="../cli/ExplainCommand.cpp" line="249"/>
        <source>DIMENSION</source>
        <translation>DIMENSION</translation>
    </message>
    <message>
        <location filename="../cli/ExplainCommand.cpp" line="268"/>
        <source>Unknown dimension &quot;%1&quot;; use store, channel, country, category, customer_type, segment or source.</source>
        <translation>Dimension inconnue « %1 » ; utilisez store, channel, country, category, customer_type, segment ou source.</translation>
    </message>
    <message>
        <location filename="../cli/ExplainCommand.cpp" line="299"/>
        <source>Explain where the change of a KPI came from.</source>
        <translation>Expliquer d&apos;où vient l&apos;évolution d&apos;un indicateur.</translation>
    </message>
    <message>
        <location filename="../cli/KpiCommand.cpp" line="68"/>
        <source>Change %</source>
        <translation>Évolution %</translation>
    </message>
    <message>
        <location filename="../cli/KpiCommand.cpp" line="76"/>
        <source>not comparable</source>
        <translation>non comparable</translation>
    </message>
    <message>
        <location filename="../cli/KpiCommand.cpp" line="123"/>
        <source>Print the sales and customer KPIs of a period.</source>
        <translation>Afficher les indicateurs de ventes et de clients d&apos;une période.</translation>
    </message>
    <message>
        <location filename="../cli/SampleCommand.cpp" line="31"/>
        <location filename="../cli/SampleCommand.cpp" line="40"/>
        <source>The file could not be written: %1</source>
        <translation>Le fichier n&apos;a pas pu être écrit : %1</translation>
    </message>
    <message>
        <location filename="../cli/SampleCommand.cpp" line="43"/>
        <source>Wrote %1 order lines of %2 orders to %3.</source>
        <translation>%1 lignes de commande de %2 commandes écrites dans %3.</translation>
    </message>
    <message>
        <location filename="../cli/SampleCommand.cpp" line="116"/>
        <source>storelens sample: writes a realistic sample store (shops and a web shop, customers, products, orders with returns and guest sales, traffic, staffing, inventory and marketing spend) into a new workspace. The same seed always gives the same store.</source>
        <translation>storelens sample : écrit un magasin d&apos;exemple réaliste (magasins physiques et boutique en ligne, clients, produits, commandes avec retours et ventes sans compte client, fréquentation, personnel, stocks et dépenses marketing) dans un nouvel espace de travail. La même graine donne toujours le même magasin.</translation>
    </message>
    <message>
        <location filename="../cli/SampleCommand.cpp" line="53"/>
        <source>The workspace file to create.</source>
        <translation>Le fichier d&apos;espace de travail à créer.</translation>
    </message>
    <message>
        <location filename="../cli/SampleCommand.cpp" line="55"/>
        <source>Identified customers (default 5000).</source>
        <translation>Clients identifiés (5000 par défaut).</translation>
    </message>
    <message>
        <location filename="../cli/SampleCommand.cpp" line="57"/>
        <source>Years of history (default 3).</source>
        <translation>Années d&apos;historique (3 par défaut).</translation>
    </message>
    <message>
        <location filename="../cli/SampleCommand.cpp" line="57"/>
        <source>years</source>
        <translation>années</translation>
    </message>
    <message>
        <location filename="../cli/SampleCommand.cpp" line="59"/>
        <source>Random seed (default 42).</source>
        <translation>Graine aléatoire (42 par défaut).</translation>
    </message>
    <message>
        <location filename="../cli/SampleCommand.cpp" line="59"/>
        <source>seed</source>
        <translation>graine</translation>
    </message>
    <message>
        <location filename="../cli/SampleCommand.cpp" line="61"/>
        <source>Multiplies the number of orders (default 1).</source>
        <translation>Multiplie le nombre de commandes (1 par défaut).</translation>
    </message>
    <message>
        <location filename="../cli/SampleCommand.cpp" line="62"/>
        <source>factor</source>
        <translation>facteur</translation>
    </message>
    <message>
        <location filename="../cli/SampleCommand.cpp" line="65"/>
        <source>Write the sample&apos;s order lines to this CSV file instead of a workspace (for import checks and benchmarks).</source>
        <translation>Écrire les lignes de commande de l&apos;exemple dans ce fichier CSV plutôt que dans un espace de travail (pour tester l&apos;importation et mesurer les performances).</translation>
    </message>
    <message>
        <location filename="../cli/SampleCommand.cpp" line="67"/>
        <source>file.csv</source>
        <translation>fichier.csv</translation>
    </message>
    <message>
        <location filename="../cli/SampleCommand.cpp" line="82"/>
        <source>--customers and --years take positive whole numbers (years at most 30), --seed a whole number and --orders-scale a positive number.</source>
        <translation>--customers et --years attendent des nombres entiers positifs (30 années au plus), --seed un nombre entier et --orders-scale un nombre positif.</translation>
    </message>
    <message>
        <location filename="../cli/SampleCommand.cpp" line="114"/>
        <source>Create a workspace holding the sample store.</source>
        <translation>Créer un espace de travail contenant le magasin d&apos;exemple.</translation>
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
        <translation>Part</translation>
    </message>
    <message>
        <location filename="../cli/SegmentsCommand.cpp" line="121"/>
        <source>Net sales %</source>
        <translation>CA net %</translation>
    </message>
    <message>
        <location filename="../cli/SegmentsCommand.cpp" line="124"/>
        <source>Frequency</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <location filename="../cli/SegmentsCommand.cpp" line="125"/>
        <source>Median recency</source>
        <translation>Récence médiane</translation>
    </message>
    <message>
        <location filename="../cli/SegmentsCommand.cpp" line="140"/>
        <source>Customer ID</source>
        <translation>N° client</translation>
    </message>
    <message>
        <location filename="../cli/SegmentsCommand.cpp" line="141"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../cli/SegmentsCommand.cpp" line="142"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../cli/SegmentsCommand.cpp" line="144"/>
        <source>First purchase</source>
        <translation>Premier achat</translation>
    </message>
    <message>
        <location filename="../cli/SegmentsCommand.cpp" line="145"/>
        <source>Last purchase</source>
        <translation>Dernier achat</translation>
    </message>
    <message>
        <location filename="../cli/SegmentsCommand.cpp" line="146"/>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <location filename="../cli/SegmentsCommand.cpp" line="149"/>
        <source>Recency (days)</source>
        <translation>Récence (jours)</translation>
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
        <translation>Étape du cycle de vie</translation>
    </message>
    <message>
        <location filename="../cli/SegmentsCommand.cpp" line="155"/>
        <source>Value tier</source>
        <translation>Niveau de valeur</translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/SegmentsCommand.cpp" line="232"/>
        <source>None of the segment&apos;s %n customer(s) has agreed to marketing email (their email consent is false or unknown). Nothing was written.</source>
        <translation>
            <numerusform>Le client du segment (%n) n’a pas accepté les e-mails marketing (son consentement e-mail est faux ou inconnu). Rien n’a été écrit.</numerusform>
            <numerusform>Aucun des %n clients du segment n’a accepté les e-mails marketing (leur consentement e-mail est faux ou inconnu). Rien n’a été écrit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/SegmentsCommand.cpp" line="235"/>
        <source>No customer has marketing consent recorded: the imported files had no email consent column, or it was empty. Nothing was written: the segment&apos;s %n customer(s) would all be left out.</source>
        <translation>
            <numerusform>Aucun consentement marketing n’est enregistré : les fichiers importés n’avaient pas de colonne de consentement e-mail, ou elle était vide. Rien n’a été écrit : le client du segment (%n) serait laissé de côté.</numerusform>
            <numerusform>Aucun consentement marketing n’est enregistré : les fichiers importés n’avaient pas de colonne de consentement e-mail, ou elle était vide. Rien n’a été écrit : les %n clients du segment seraient tous laissés de côté.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cli/SegmentsCommand.cpp" line="240"/>
        <source>Add --include-without-consent to export them anyway (for your own analysis, not for marketing).</source>
        <translation>Ajoutez --include-without-consent pour les exporter quand même (pour votre propre analyse, pas pour le marketing).</translation>
    </message>
    <message>
        <location filename="../cli/SegmentsCommand.cpp" line="257"/>
        <source>Nothing was written.</source>
        <translation>Rien n&apos;a été écrit.</translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/SegmentsCommand.cpp" line="303"/>
        <source>%n customer(s) as of %1, net sales %2.</source>
        <translation>
            <numerusform>%n client à la date du %1, chiffre d&apos;affaires net %2.</numerusform>
            <numerusform>%n clients à la date du %1, chiffre d&apos;affaires net %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/SegmentsCommand.cpp" line="310"/>
        <source>%n customer(s) bought only lines imported without prices: their net sales and AOV say &quot;no prices&quot; (not 0) and their M score is 0 (not scored).</source>
        <translation>
            <numerusform>%n client n&apos;a acheté que des lignes importées sans prix : son chiffre d&apos;affaires net et son panier moyen indiquent « sans prix » (et non 0) et son score M est 0 (non évalué).</numerusform>
            <numerusform>%n clients n&apos;ont acheté que des lignes importées sans prix : leur chiffre d&apos;affaires net et leur panier moyen indiquent « sans prix » (et non 0) et leur score M est 0 (non évalué).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cli/SegmentsCommand.cpp" line="332"/>
        <source>Write the export for Excel in the command line&apos;s language: &quot;;&quot; between columns and decimal commas where the language writes them (German, French, Spanish), and a UTF-8 byte order mark.</source>
        <translation>Écrire l&apos;export pour Excel dans la langue de la ligne de commande : « ; » entre les colonnes et virgules décimales là où la langue les écrit (allemand, français, espagnol), et une marque d&apos;ordre des octets UTF-8.</translation>
    </message>
    <message>
        <location filename="../cli/SegmentsCommand.cpp" line="363"/>
        <source>--for-excel needs --export FILE.</source>
        <translation>--for-excel nécessite --export FICHIER.</translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/SegmentsCommand.cpp" line="415"/>
        <source>Wrote %n customer(s) to %1.</source>
        <translation>
            <numerusform>%n client écrit dans %1.</numerusform>
            <numerusform>%n clients écrits dans %1.</numerusform>
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
        <translation>storelens segments : la clientèle à la date de référence (METRICS.md sections 5-7) : chaque client identifié ayant une ligne de vente dans les filtres, quelles que soient les dates. Sans --segment, la commande affiche les segments RFM nommés, les étapes du cycle de vie et les niveaux de valeur, chacun avec sa taille, sa part des clients, sa part du chiffre d&apos;affaires net, son chiffre d&apos;affaires net, son panier moyen, sa fréquence (commandes par client) et sa récence médiane en jours.
--segment NOM choisit un segment : un segment enregistré de l&apos;espace de travail, un nom de segment RFM (&quot;Champions&quot;), une étape du cycle de vie (new, lapsed, at_risk, active) ou un niveau de valeur (high, medium, low). --members liste ses clients ; --export FICHIER les écrit au format CSV.
Le consentement marketing est le consentement e-mail : les clients dont le consentement e-mail est faux ou inconnu sont exclus de --export, sauf si --include-without-consent est indiqué ; le nombre de clients exclus est affiché sur la sortie d&apos;erreur standard. Les cellules commençant par = + - @ (ou leurs formes pleine chasse, une tabulation ou un retour chariot) sont neutralisées pour les tableurs.
Colonnes d&apos;export (--columns, séparées par des virgules ; par défaut toutes sauf consent_email) : customer_id, name, email, country, first_purchase, last_purchase, orders, net_sales, aov, recency_days, r, f, m, segment, lifecycle, value_tier, consent_email.
Code de sortie : 0 terminé, 1 utilisation incorrecte, 2 l&apos;espace de travail, un filtre ou le segment a été refusé, ou --export n&apos;écrirait aucun client parce qu&apos;aucun client du segment n&apos;a de consentement e-mail (rien n&apos;est alors écrit).

JSON (--format json) sans --segment : {as_of, customers, net_sales, rfm_segments [S], lifecycle [S], value_tiers [S]}
  où S = {key (cycle de vie et niveaux uniquement), name, size, share_of_customers, share_of_net_sales, net_sales, aov,
             customers_without_prices, money_note, frequency, median_recency_days} ; null là où il n&apos;y a pas de données.
Avec --segment : {as_of, segment S, members [M]} (members uniquement avec --members), où
  M = {customer_id, name, email, country, first_purchase, last_purchase, orders, net_sales, aov, recency_days,
       money_note, r, f, m, segment, lifecycle, value_tier, consent_email}.
Les deux contiennent currency (le code ISO de l&apos;espace de travail, null s&apos;il n&apos;est pas connu).
Les montants sont des nombres en unités monétaires, les parts des fractions. Le montant des clients dont les lignes ont été importées sans prix est null avec money_note &quot;no prices imported&quot; (en CSV, la cellule l&apos;indique), jamais 0.
CSV (--format csv) : table,name,size,share_of_customers,share_of_net_sales,net_sales,aov,frequency,median_recency_days ; avec --members, les colonnes des membres.</translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/SegmentsCommand.cpp" line="412"/>
        <source>Wrote %n customer(s) to %1; %2 without email consent were left out.</source>
        <translation>
            <numerusform>%n client écrit dans %1 ; %2 sans consentement e-mail ont été exclus.</numerusform>
            <numerusform>%n clients écrits dans %1 ; %2 sans consentement e-mail ont été exclus.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cli/SegmentsCommand.cpp" line="316"/>
        <source>RFM segments</source>
        <translation>Segments RFM</translation>
    </message>
    <message>
        <location filename="../cli/SegmentsCommand.cpp" line="317"/>
        <source>Lifecycle stages</source>
        <translation>Étapes du cycle de vie</translation>
    </message>
    <message>
        <location filename="../cli/SegmentsCommand.cpp" line="318"/>
        <source>Value tiers</source>
        <translation>Niveaux de valeur</translation>
    </message>
    <message>
        <location filename="../cli/SegmentsCommand.cpp" line="324"/>
        <source>One segment: saved, RFM, lifecycle stage or value tier.</source>
        <translation>Un segment : enregistré, RFM, étape du cycle de vie ou niveau de valeur.</translation>
    </message>
    <message>
        <location filename="../cli/SegmentsCommand.cpp" line="326"/>
        <source>List the segment&apos;s customers.</source>
        <translation>Lister les clients du segment.</translation>
    </message>
    <message>
        <location filename="../cli/SegmentsCommand.cpp" line="328"/>
        <source>Write the segment&apos;s customers to a CSV file.</source>
        <translation>Écrire les clients du segment dans un fichier CSV.</translation>
    </message>
    <message>
        <location filename="../cli/CustomerCommand.cpp" line="67"/>
        <location filename="../cli/ImportCommand.cpp" line="272"/>
        <location filename="../cli/SegmentsCommand.cpp" line="328"/>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <location filename="../cli/SegmentsCommand.cpp" line="330"/>
        <source>The export&apos;s columns, comma-separated.</source>
        <translation>Les colonnes de l&apos;export, séparées par des virgules.</translation>
    </message>
    <message>
        <location filename="../cli/SegmentsCommand.cpp" line="331"/>
        <source>Export customers without email consent too.</source>
        <translation>Exporter aussi les clients sans consentement e-mail.</translation>
    </message>
    <message>
        <location filename="../cli/SegmentsCommand.cpp" line="344"/>
        <source>--members and --export need --segment NAME.</source>
        <translation>--members et --export nécessitent --segment NOM.</translation>
    </message>
    <message>
        <location filename="../cli/SegmentsCommand.cpp" line="353"/>
        <source>Unknown column &quot;%1&quot;; the columns are: %2.</source>
        <translation>Colonne inconnue « %1 » ; les colonnes sont : %2.</translation>
    </message>
    <message>
        <location filename="../cli/SegmentsCommand.cpp" line="374"/>
        <source>The workspace holds no order lines yet; import orders to see the segments.</source>
        <translation>L&apos;espace de travail ne contient encore aucune ligne de commande ; importez des commandes pour voir les segments.</translation>
    </message>
    <message>
        <location filename="../cli/SegmentsCommand.cpp" line="418"/>
        <source>Add --include-without-consent to write them too (for your own analysis, not for marketing).</source>
        <translation>Ajoutez --include-without-consent pour les écrire aussi (pour votre propre analyse, pas pour le marketing).</translation>
    </message>
    <message>
        <location filename="../cli/SegmentsCommand.cpp" line="427"/>
        <source>%1 customers without email consent were left out; add --include-without-consent to list them.</source>
        <translation>%1 clients sans consentement e-mail ont été exclus ; ajoutez --include-without-consent pour les lister.</translation>
    </message>
    <message>
        <location filename="../cli/SegmentsCommand.cpp" line="453"/>
        <source>Segment, as of %1</source>
        <translation>Segment, à la date du %1</translation>
    </message>
    <message>
        <location filename="../cli/SegmentsCommand.cpp" line="472"/>
        <source>Print RFM segments, lifecycle stages and value tiers, or one segment&apos;s members.</source>
        <translation>Afficher les segments RFM, les étapes du cycle de vie et les niveaux de valeur, ou les membres d&apos;un segment.</translation>
    </message>
    <message>
        <location filename="../cli/CliSupport.cpp" line="37"/>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <location filename="../cli/CliSupport.cpp" line="116"/>
        <source>storelens %1 takes no positional arguments.</source>
        <translation>storelens %1 n&apos;accepte pas d&apos;argument positionnel.</translation>
    </message>
    <message>
        <location filename="../cli/CliSupport.cpp" line="131"/>
        <source>The workspace has no order lines yet.</source>
        <translation>L&apos;espace de travail ne contient encore aucune ligne de commande.</translation>
    </message>
    <message>
        <location filename="../cli/CliSupport.cpp" line="192"/>
        <source>The option --%1 is required.</source>
        <translation>L&apos;option --%1 est obligatoire.</translation>
    </message>
    <message>
        <location filename="../cli/ImportMapOption.cpp" line="38"/>
        <source>--map gives both a unit price (&quot;%1&quot;) and a line total (&quot;%2&quot;), and a line&apos;s amount comes from one of them: map only one.</source>
        <translation>--map donne à la fois un prix unitaire (« %1 ») et un total de ligne (« %2 »), or le montant d&apos;une ligne vient de l&apos;un des deux : n&apos;en associez qu&apos;un.</translation>
    </message>
    <message>
        <location filename="../cli/ImportMapOption.cpp" line="49"/>
        <source>&quot;%1&quot; is read as the line total, so &quot;%2&quot; is no longer read as the unit price: a line&apos;s amount comes from one of them.</source>
        <translation>« %1 » est lu comme total de ligne, donc « %2 » n&apos;est plus lu comme prix unitaire : le montant d&apos;une ligne vient de l&apos;une des deux.</translation>
    </message>
    <message>
        <location filename="../cli/ImportMapOption.cpp" line="51"/>
        <source>&quot;%1&quot; is read as the unit price, so &quot;%2&quot; is no longer read as the line total: a line&apos;s amount comes from one of them.</source>
        <translation>« %1 » est lu comme prix unitaire, donc « %2 » n&apos;est plus lu comme total de ligne : le montant d&apos;une ligne vient de l&apos;une des deux.</translation>
    </message>
    <message>
        <location filename="../cli/ImportMapOption.cpp" line="69"/>
        <source>--map takes &quot;COLUMN=FIELD&quot;, for example &quot;Einzelpreis brutto=unit_price&quot;.</source>
        <translation>--map attend « COLONNE=CHAMP », par exemple « Einzelpreis brutto=unit_price ».</translation>
    </message>
    <message>
        <location filename="../cli/ImportMapOption.cpp" line="80"/>
        <source>--map names the column &quot;%1&quot;, which the file does not have; its columns are: %2.</source>
        <translation>--map désigne la colonne « %1 », que le fichier n’a pas ; ses colonnes sont : %2.</translation>
    </message>
    <message>
        <location filename="../cli/ImportMapOption.cpp" line="88"/>
        <source>--map names the field &quot;%1&quot;, which this kind of file does not have; its fields are: %2.</source>
        <translation>--map désigne le champ « %1 », que ce type de fichier n’a pas ; ses champs sont : %2.</translation>
    </message>
    <message>
        <location filename="../cli/ImportMapOption.cpp" line="113"/>
        <source>Map a column with --map &quot;COLUMN=FIELD&quot; (repeatable); the fields of this kind of file are: %1.</source>
        <translation>Associez une colonne avec --map « COLONNE=CHAMP » (répétable) ; les champs de ce type de fichier sont : %1.</translation>
    </message>
    <message>
        <location filename="../cli/ImportMatchOptions.cpp" line="48"/>
        <source>Order lines: the store of lines the file gives none (default: &quot;Online shop&quot; for a web shop&apos;s export, else &quot;Main store&quot;; a web shop&apos;s lines already in &quot;Main store&quot; stay there).</source>
        <translation>Lignes de commande : le magasin des lignes pour lesquelles le fichier n&apos;en donne aucun (par défaut : « Boutique en ligne » pour l&apos;export d&apos;une boutique en ligne, sinon « Magasin principal » ; les lignes d&apos;une boutique en ligne déjà dans « Magasin principal » y restent).</translation>
    </message>
    <message>
        <location filename="../cli/ImportMatchOptions.cpp" line="54"/>
        <source>Order lines: count a product without a code (a till&apos;s, named only) as the one product with a code of the same name, case and spaces aside, in this file and in the workspace. A name that several coded products share is never matched.</source>
        <translation>Lignes de commande : compter un produit sans référence (celui d&apos;une caisse, nommé seulement) comme l&apos;unique produit avec référence du même nom, sans tenir compte de la casse ni des espaces, dans ce fichier et dans l&apos;espace de travail. Un nom que portent plusieurs produits avec référence n&apos;est jamais rapproché.</translation>
    </message>
    <message>
        <location filename="../cli/ImportMatchOptions.cpp" line="59"/>
        <source>Order lines: import a file whose orders look like orders of its source already in the workspace under other order IDs (refused without it, unless with --replace).</source>
        <translation>Lignes de commande : importer un fichier dont les commandes ressemblent à des commandes de sa source déjà dans l&apos;espace de travail sous d&apos;autres numéros de commande (refusé sans cette option, sauf avec --replace).</translation>
    </message>
    <message>
        <location filename="../cli/ImportMatchOptions.cpp" line="63"/>
        <source>Order lines: with --replace, replace even when the file seems to come from another till or shop than its source (it holds almost none of the source&apos;s orders on its days). Without it such a replace is refused: it would remove those orders.</source>
        <translation>Lignes de commande : avec --replace, remplacer même quand le fichier semble venir d&apos;une autre caisse ou d&apos;une autre boutique que sa source (il ne contient presque aucune des commandes de la source sur ses jours). Sans cette option, un tel remplacement est refusé : il supprimerait ces commandes.</translation>
    </message>
    <message>
        <location filename="../cli/ImportMatchOptions.cpp" line="74"/>
        <source>--store takes a name, for order lines.</source>
        <translation>--store attend un nom, pour des lignes de commande.</translation>
    </message>
    <message>
        <location filename="../cli/ImportMatchOptions.cpp" line="85"/>
        <source>--products-by-name is for order lines.</source>
        <translation>--products-by-name s&apos;applique aux lignes de commande.</translation>
    </message>
    <message>
        <location filename="../cli/ImportMatchOptions.cpp" line="103"/>
        <source>The file has no store column: every line is counted in the store &quot;%1&quot; (--store names another).</source>
        <translation>Le fichier n’a pas de colonne de magasin : chaque ligne est comptée dans le magasin « %1 » (--store en désigne un autre).</translation>
    </message>
    <message>
        <location filename="../cli/ImportMatchOptions.cpp" line="111"/>
        <source>(--source and --channel name others.)</source>
        <translation>(--source et --channel en nomment d&apos;autres.)</translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/LineTotalCheck.cpp" line="23"/>
        <source>%1: &quot;%2&quot; is read as before the line discount, but on %n discounted row(s) it is the amount after the discount (line %3: %4): each discount is taken off twice. Use --line-total after-discount.</source>
        <translation>
            <numerusform>%1 : « %2 » est lu comme avant la remise de ligne, mais sur %n ligne remisée il vaut le montant après la remise (ligne %3 : %4) : chaque remise est déduite deux fois. Utilisez --line-total after-discount.</numerusform>
            <numerusform>%1 : « %2 » est lu comme avant la remise de ligne, mais sur %n lignes remisées il vaut le montant après la remise (ligne %3 : %4) : chaque remise est déduite deux fois. Utilisez --line-total after-discount.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/LineTotalCheck.cpp" line="27"/>
        <source>%1: &quot;%2&quot; is read as after the line discount, but on %n discounted row(s) it is the amount before the discount (line %3: %4): each discount stays in net sales. Use --line-total before-discount.</source>
        <translation>
            <numerusform>%1 : « %2 » est lu comme après la remise de ligne, mais sur %n ligne remisée il vaut le montant avant la remise (ligne %3 : %4) : chaque remise reste dans le chiffre d&apos;affaires net. Utilisez --line-total before-discount.</numerusform>
            <numerusform>%1 : « %2 » est lu comme après la remise de ligne, mais sur %n lignes remisées il vaut le montant avant la remise (ligne %3 : %4) : chaque remise reste dans le chiffre d&apos;affaires net. Utilisez --line-total before-discount.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>storelens::cli::Cli</name>
    <message>
        <location filename="../cli/Cli.cpp" line="21"/>
        <source>Usage: storelens [WORKSPACE.storelens]      start the application</source>
        <translation>Utilisation : storelens [ESPACE.storelens]         lancer l&apos;application</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="22"/>
        <source>       storelens COMMAND [OPTIONS]          run an analysis from the command line</source>
        <translation>              storelens COMMANDE [OPTIONS]         lancer une analyse en ligne de commande</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="24"/>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="27"/>
        <source>Run &apos;storelens COMMAND --help&apos; for the options of a command.</source>
        <translation>Lancez « storelens COMMANDE --help » pour voir les options d&apos;une commande.</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="143"/>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>Commande inconnue « %1 ».</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="146"/>
        <source>Did you mean &apos;%1&apos;?</source>
        <translation>Vouliez-vous dire « %1 » ?</translation>
    </message>
</context>
<context>
    <name>storelens::cli::FilterValues</name>
    <message>
        <location filename="../cli/FilterValues.cpp" line="57"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../cli/FilterValues.cpp" line="77"/>
        <source>The workspace has no store &quot;%1&quot;. Its stores: %2.</source>
        <translation>L&apos;espace de travail n&apos;a pas de magasin « %1 ». Ses magasins : %2.</translation>
    </message>
    <message>
        <location filename="../cli/FilterValues.cpp" line="82"/>
        <source>The workspace has no channel &quot;%1&quot;. Its channels: %2.</source>
        <translation>L&apos;espace de travail n&apos;a pas de canal « %1 ». Ses canaux : %2.</translation>
    </message>
    <message>
        <location filename="../cli/FilterValues.cpp" line="87"/>
        <source>The workspace has no country &quot;%1&quot;. Its countries: %2.</source>
        <translation>L&apos;espace de travail n&apos;a pas de pays « %1 ». Ses pays : %2.</translation>
    </message>
    <message>
        <location filename="../cli/FilterValues.cpp" line="91"/>
        <source>The workspace has no category &quot;%1&quot;. Its categories: %2.</source>
        <translation>L&apos;espace de travail n&apos;a pas de catégorie « %1 ». Ses catégories : %2.</translation>
    </message>
</context>
<context>
    <name>storelens::cli::QueryOptions</name>
    <message>
        <location filename="../cli/QueryOptions.cpp" line="48"/>
        <source>The workspace file.</source>
        <translation>Le fichier d&apos;espace de travail.</translation>
    </message>
    <message>
        <location filename="../cli/QueryOptions.cpp" line="48"/>
        <source>path</source>
        <translation>chemin</translation>
    </message>
    <message>
        <location filename="../cli/QueryOptions.cpp" line="52"/>
        <source>First day of the period (default: one year before --to, plus one day).</source>
        <translation>Premier jour de la période (par défaut : un an avant --to, plus un jour).</translation>
    </message>
    <message>
        <location filename="../cli/QueryOptions.cpp" line="55"/>
        <source>Last day of the period (default: the as-of date, the last day with data).</source>
        <translation>Dernier jour de la période (par défaut : la date de référence, le dernier jour avec des données).</translation>
    </message>
    <message>
        <location filename="../cli/QueryOptions.cpp" line="59"/>
        <source>all: every day with data, with no comparison (instead of --from and --to).</source>
        <translation>all : tous les jours avec des données, sans comparaison (au lieu de --from et --to).</translation>
    </message>
    <message>
        <location filename="../cli/QueryOptions.cpp" line="65"/>
        <source>Compare with the previous period of the same length, the same period one year earlier, or nothing (default: previous).</source>
        <translation>Comparer avec la période précédente de même durée, la même période un an plus tôt, ou rien (par défaut : previous).</translation>
    </message>
    <message>
        <location filename="../cli/QueryOptions.cpp" line="73"/>
        <source>Select order lines by store, channel, country, category or segment (&quot;store=Main store&quot;, &quot;segment=At risk&quot;); repeatable. Values of one dimension are alternatives, dimensions combine.</source>
        <translation>Sélectionner des lignes de commande par magasin, canal, pays, catégorie ou segment (« store=Main store », « segment=At risk ») ; répétable. Les valeurs d&apos;une même dimension sont des alternatives, les dimensions se combinent.</translation>
    </message>
    <message>
        <location filename="../cli/QueryOptions.cpp" line="81"/>
        <source>The activity window W of retention and churn, in days (default: 365).</source>
        <translation>La fenêtre d&apos;activité W de la rétention et de l&apos;attrition, en jours (365 par défaut).</translation>
    </message>
    <message>
        <location filename="../cli/QueryOptions.cpp" line="82"/>
        <source>DAYS</source>
        <translation>JOURS</translation>
    </message>
    <message>
        <location filename="../cli/QueryOptions.cpp" line="85"/>
        <source>The cohort period (default: month).</source>
        <translation>La période des cohortes (par défaut : month).</translation>
    </message>
    <message>
        <location filename="../cli/QueryOptions.cpp" line="89"/>
        <source>The output format (default: table).</source>
        <translation>Le format de sortie (par défaut : table).</translation>
    </message>
    <message>
        <location filename="../cli/QueryOptions.cpp" line="100"/>
        <source>The option --workspace is required.</source>
        <translation>L&apos;option --workspace est obligatoire.</translation>
    </message>
    <message>
        <location filename="../cli/QueryOptions.cpp" line="109"/>
        <source>--from takes a date as YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--from attend une date au format AAAA-MM-JJ, et non « %1 ».</translation>
    </message>
    <message>
        <location filename="../cli/QueryOptions.cpp" line="117"/>
        <source>--to takes a date as YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--to attend une date au format AAAA-MM-JJ, et non « %1 ».</translation>
    </message>
    <message>
        <location filename="../cli/QueryOptions.cpp" line="125"/>
        <source>--from must not be after --to.</source>
        <translation>--from ne doit pas être postérieur à --to.</translation>
    </message>
    <message>
        <location filename="../cli/QueryOptions.cpp" line="131"/>
        <source>--period takes all, not &quot;%1&quot;.</source>
        <translation>--period attend all, et non « %1 ».</translation>
    </message>
    <message>
        <location filename="../cli/QueryOptions.cpp" line="135"/>
        <source>--period all cannot be combined with --from or --to.</source>
        <translation>--period all ne peut pas être combiné avec --from ou --to.</translation>
    </message>
    <message>
        <location filename="../cli/QueryOptions.cpp" line="139"/>
        <source>--period all has no earlier data to compare with; leave out --compare.</source>
        <translation>--period all n&apos;a pas de données antérieures avec lesquelles comparer ; retirez --compare.</translation>
    </message>
    <message>
        <location filename="../cli/QueryOptions.cpp" line="151"/>
        <source>--compare takes previous, year or none, not &quot;%1&quot;.</source>
        <translation>--compare attend previous, year ou none, et non « %1 ».</translation>
    </message>
    <message>
        <location filename="../cli/QueryOptions.cpp" line="167"/>
        <source>--filter takes DIMENSION=VALUE, not &quot;%1&quot;.</source>
        <translation>--filter attend DIMENSION=VALEUR, et non « %1 ».</translation>
    </message>
    <message>
        <location filename="../cli/QueryOptions.cpp" line="180"/>
        <source>Only one segment filter can be given.</source>
        <translation>Un seul filtre de segment peut être indiqué.</translation>
    </message>
    <message>
        <location filename="../cli/QueryOptions.cpp" line="185"/>
        <source>Unknown filter &quot;%1&quot;; use store, channel, country, category or segment.</source>
        <translation>Filtre inconnu « %1 » ; utilisez store, channel, country, category ou segment.</translation>
    </message>
    <message>
        <location filename="../cli/QueryOptions.cpp" line="196"/>
        <source>--window takes a whole number of days of at least 1, not &quot;%1&quot;.</source>
        <translation>--window attend un nombre entier de jours supérieur ou égal à 1, et non « %1 ».</translation>
    </message>
    <message>
        <location filename="../cli/QueryOptions.cpp" line="207"/>
        <source>--grain takes week, month or quarter, not &quot;%1&quot;.</source>
        <translation>--grain attend week, month ou quarter, et non « %1 ».</translation>
    </message>
    <message>
        <location filename="../cli/QueryOptions.cpp" line="217"/>
        <source>--format takes table, json or csv, not &quot;%1&quot;.</source>
        <translation>--format attend table, json ou csv, et non « %1 ».</translation>
    </message>
</context>
<context>
    <name>storelens::cli::ReportCommand</name>
    <message>
        <location filename="../cli/ReportCommand.cpp" line="35"/>
        <source>Unknown section &quot;%1&quot;; the sections are: %2.</source>
        <translation>Section inconnue « %1 » ; les sections sont : %2.</translation>
    </message>
    <message>
        <location filename="../cli/ReportCommand.cpp" line="47"/>
        <source>--page takes a4 or letter, not &quot;%1&quot;.</source>
        <translation>--page attend a4 ou letter, et non « %1 ».</translation>
    </message>
    <message>
        <location filename="../cli/ReportCommand.cpp" line="54"/>
        <source>--template takes weekly, monthly or quarterly, not &quot;%1&quot;.</source>
        <translation>--template attend weekly, monthly ou quarterly, et non « %1 ».</translation>
    </message>
    <message>
        <location filename="../cli/ReportCommand.cpp" line="61"/>
        <source>--template chooses the period and the comparison; leave out --from, --to, --period and --compare.</source>
        <translation>--template choisit la période et la comparaison ; retirez --from, --to, --period et --compare.</translation>
    </message>
    <message>
        <location filename="../cli/ReportCommand.cpp" line="74"/>
        <source>storelens report: the PDF report a manager hands to the owner: a title page, the KPI table with comparisons and targets, trend charts, the cohort heatmap, RFM segments and grid, top products and categories, predicted CLV and an appendix with every definition. The numbers are those of &apos;storelens kpi&apos; for the same options. Works without a display, so it can run from cron.
--template weekly|monthly|quarterly reports the last complete week, month or quarter against the one before and the same one last year, instead of --from/--to/--compare.
Exit status: 0 written, 1 bad usage, 2 the workspace, a filter or the output file was rejected.</source>
        <translation>storelens report : le rapport PDF qu&apos;un gérant remet au propriétaire : une page de titre, le tableau des indicateurs avec comparaisons et objectifs, des graphiques d&apos;évolution, la carte de chaleur des cohortes, les segments et la grille RFM, les meilleurs produits et catégories, la CLV prédite et une annexe avec toutes les définitions. Les chiffres sont ceux de « storelens kpi » avec les mêmes options. Fonctionne sans écran, et peut donc être lancé depuis cron.
--template weekly|monthly|quarterly présente la dernière semaine, le dernier mois ou le dernier trimestre complet par rapport au précédent et au même l&apos;année précédente, au lieu de --from/--to/--compare.
Code de sortie : 0 écrit, 1 utilisation incorrecte, 2 l&apos;espace de travail, un filtre ou le fichier de sortie a été refusé.</translation>
    </message>
    <message>
        <location filename="../cli/ReportCommand.cpp" line="89"/>
        <source>The PDF file to write.</source>
        <translation>Le fichier PDF à écrire.</translation>
    </message>
    <message>
        <location filename="../cli/ReportCommand.cpp" line="89"/>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <location filename="../cli/ReportCommand.cpp" line="91"/>
        <source>The sections after the title page, comma-separated (default: all): %1.</source>
        <translation>Les sections après la page de titre, séparées par des virgules (par défaut : toutes) : %1.</translation>
    </message>
    <message>
        <location filename="../cli/ReportCommand.cpp" line="95"/>
        <source>The paper size (default: from the locale).</source>
        <translation>Le format du papier (par défaut : selon les paramètres régionaux).</translation>
    </message>
    <message>
        <location filename="../cli/ReportCommand.cpp" line="97"/>
        <source>Landscape pages (default: portrait).</source>
        <translation>Pages au format paysage (par défaut : portrait).</translation>
    </message>
    <message>
        <location filename="../cli/ReportCommand.cpp" line="98"/>
        <source>A period preset; see above.</source>
        <translation>Une période prédéfinie ; voir ci-dessus.</translation>
    </message>
    <message>
        <location filename="../cli/ReportCommand.cpp" line="100"/>
        <source>The PDF&apos;s author (default: the login name).</source>
        <translation>L&apos;auteur du PDF (par défaut : le nom de connexion).</translation>
    </message>
    <message>
        <location filename="../cli/ReportCommand.cpp" line="101"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location filename="../cli/ReportCommand.cpp" line="105"/>
        <source>storelens report takes no positional arguments.</source>
        <translation>storelens report n&apos;accepte pas d&apos;argument positionnel.</translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/ReportCommand.cpp" line="141"/>
        <source>Wrote %n page(s) to %1 in %2 ms.</source>
        <translation>
            <numerusform>%n page écrite dans %1 en %2 ms.</numerusform>
            <numerusform>%n pages écrites dans %1 en %2 ms.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cli/ReportCommand.cpp" line="155"/>
        <source>Write the PDF report for the owner.</source>
        <translation>Écrire le rapport PDF pour le propriétaire.</translation>
    </message>
</context>
<context>
    <name>storelens::core::Countries</name>
    <message>
        <location filename="../core/model/Countries.cpp" line="208"/>
        <source>Unknown country</source>
        <translation>Pays inconnu</translation>
    </message>
</context>
<context>
    <name>storelens::core::Currency</name>
    <message>
        <location filename="../core/store/Currency.cpp" line="149"/>
        <source>&quot;%1&quot; is not a currency code: use three capital letters such as EUR.</source>
        <translation>« %1 » n&apos;est pas un code de devise : utilisez trois lettres majuscules, par exemple EUR.</translation>
    </message>
    <message>
        <location filename="../core/store/Currency.cpp" line="158"/>
        <source>The currency could not be saved: %1</source>
        <translation>La devise n&apos;a pas pu être enregistrée : %1</translation>
    </message>
</context>
<context>
    <name>storelens::core::CustomerMatch</name>
    <message>
        <location filename="../core/import/CustomerMatch.cpp" line="65"/>
        <source>No imported order names a customer (they are guest sales), so none of the %1 customers in this file links to an order, and customer figures and segments leave them out. They link when an order export names each order&apos;s customer by this file&apos;s id or e-mail address.</source>
        <translation>Aucune commande importée ne nomme de client (ce sont des ventes sans compte client) : aucun des %1 clients de ce fichier n&apos;est donc rattaché à une commande, et les indicateurs clients et les segments les laissent de côté. Ils seront rattachés lorsqu&apos;un export de commandes nommera le client de chaque commande par l&apos;identifiant ou l&apos;adresse e-mail de ce fichier.</translation>
    </message>
    <message>
        <location filename="../core/import/CustomerMatch.cpp" line="70"/>
        <source>0 of %1 customers in this file match a customer of the imported orders: the order export names customers differently (such as &quot;%2&quot;; this file: &quot;%3&quot;), so no order reaches this file&apos;s names, e-mail addresses and consent. They link only when the order export names customers by the same id or e-mail address as this file.</source>
        <translation>0 des %1 clients de ce fichier ne correspond à un client des commandes importées : l&apos;export des commandes nomme les clients autrement (par exemple « %2 » ; ce fichier : « %3 »), donc aucune commande n&apos;est reliée aux noms, adresses e-mail et consentements de ce fichier. Ils ne sont reliés que si l&apos;export des commandes nomme les clients par le même identifiant ou la même adresse e-mail que ce fichier.</translation>
    </message>
    <message>
        <location filename="../core/import/CustomerMatch.cpp" line="77"/>
        <source>%1 of %2 customers in this file match a customer of the imported orders; no imported order names the other %3 (such as &quot;%4&quot;).</source>
        <translation>%1 des %2 clients de ce fichier correspondent à un client des commandes importées ; aucune commande importée ne nomme les %3 autres (par exemple « %4 »).</translation>
    </message>
    <message>
        <location filename="../core/import/CustomerMatch.cpp" line="82"/>
        <source>All %1 customers in this file match a customer of the imported orders.</source>
        <translation>Les %1 clients de ce fichier correspondent tous à un client des commandes importées.</translation>
    </message>
    <message>
        <location filename="../core/import/EmailKeyMatch.cpp" line="51"/>
        <source>1 customer of this file has an e-mail address that already belongs to another customer of the workspace (&quot;%1&quot; of this file has %2, which is customer &quot;%3&quot; there), so that person counts as two customers.</source>
        <translation>1 client de ce fichier a une adresse e-mail qui appartient déjà à un autre client de l&apos;espace de travail (« %1 » de ce fichier a %2, qui y est le client « %3 ») : cette personne compte donc pour deux clients.</translation>
    </message>
    <message>
        <location filename="../core/import/EmailKeyMatch.cpp" line="56"/>
        <source>%1 customers of this file have an e-mail address that already belongs to another customer of the workspace (such as &quot;%2&quot; of this file, whose %3 is customer &quot;%4&quot; there), so each of them counts as two customers.</source>
        <translation>%1 clients de ce fichier ont une adresse e-mail qui appartient déjà à un autre client de l&apos;espace de travail (comme « %2 » de ce fichier, dont l&apos;adresse %3 y est le client « %4 ») : chacun d&apos;eux compte donc pour deux clients.</translation>
    </message>
    <message>
        <location filename="../core/import/EmailKeyMatch.cpp" line="62"/>
        <source>1 customer of this file has an e-mail address that already belongs to another customer of the workspace (%1 is customer &quot;%2&quot; there), so that person counts as two customers.</source>
        <translation>1 client de ce fichier a une adresse e-mail qui appartient déjà à un autre client de l&apos;espace de travail (%1 y est le client « %2 ») : cette personne compte donc comme deux clients.</translation>
    </message>
    <message>
        <location filename="../core/import/EmailKeyMatch.cpp" line="66"/>
        <source>%1 customers of this file have an e-mail address that already belongs to another customer of the workspace (such as %2, customer &quot;%3&quot; there), so each of them counts as two customers.</source>
        <translation>%1 clients de ce fichier ont une adresse e-mail qui appartient déjà à un autre client de l&apos;espace de travail (par exemple %2, qui y est le client « %3 ») : chacune de ces personnes compte donc comme deux clients.</translation>
    </message>
    <message>
        <location filename="../core/import/EmailKeyMatch.cpp" line="77"/>
        <source>1 customer of this file has the phone number of another customer of the workspace, and one of the two has no e-mail address (&quot;%1&quot; with %2 is customer &quot;%3&quot; there), so that person counts as two customers.</source>
        <translation>1 client de ce fichier a le numéro de téléphone d&apos;un autre client de l&apos;espace de travail, et l&apos;un des deux n&apos;a pas d&apos;adresse e-mail (« %1 », au %2, y est le client « %3 ») : cette personne compte donc comme deux clients.</translation>
    </message>
    <message>
        <location filename="../core/import/EmailKeyMatch.cpp" line="82"/>
        <source>%1 customers of this file have the phone number of another customer of the workspace, where one of the two has no e-mail address (such as &quot;%2&quot; with %3, customer &quot;%4&quot; there), so each of them counts as two customers.</source>
        <translation>%1 clients de ce fichier ont le numéro de téléphone d&apos;un autre client de l&apos;espace de travail, l&apos;un des deux n&apos;ayant pas d&apos;adresse e-mail (par exemple « %2 », au %3, qui y est le client « %4 ») : chacune de ces personnes compte donc comme deux clients.</translation>
    </message>
    <message>
        <location filename="../core/import/EmailKeyMatch.cpp" line="224"/>
        <source>&quot;Count Each Person Once&quot;</source>
        <translation>« Compter chaque personne une fois »</translation>
    </message>
    <message>
        <location filename="../core/import/EmailKeyMatch.cpp" line="226"/>
        <source>Match them to count each person once (a line&apos;s customer becomes the workspace&apos;s customer with its e-mail address or phone number): %1.</source>
        <translation>Rapprochez-les pour compter chaque personne une seule fois (le client d&apos;une ligne devient le client de l&apos;espace de travail qui a son adresse e-mail ou son numéro de téléphone) : %1.</translation>
    </message>
    <message>
        <location filename="../core/import/EmailKeyMatch.cpp" line="230"/>
        <source>Match them to count each person once (a line&apos;s customer becomes the one with its e-mail address or, without one, its phone number; customers with neither keep their &quot;%1&quot;): %2.</source>
        <translation>Rapprochez-les pour compter chaque personne une seule fois (le client d&apos;une ligne devient celui qui a son adresse e-mail ou, à défaut, son numéro de téléphone ; les clients sans l&apos;un ni l&apos;autre gardent leur « %1 ») : %2.</translation>
    </message>
</context>
<context>
    <name>storelens::core::CustomerRecords</name>
    <message>
        <location filename="../core/store/CustomerRecords.cpp" line="26"/>
        <source>The customer&apos;s data could not be read or changed: %1</source>
        <translation>Les données du client n&apos;ont pas pu être lues ou modifiées : %1</translation>
    </message>
    <message>
        <location filename="../core/store/CustomerRecords.cpp" line="34"/>
        <source>The workspace has no customer with the id &quot;%1&quot;.</source>
        <translation>L&apos;espace de travail ne contient aucun client avec le numéro « %1 ».</translation>
    </message>
</context>
<context>
    <name>storelens::core::DataQuality</name>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="89"/>
        <source>1 line</source>
        <translation>1 ligne</translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="94"/>
        <source>1 row</source>
        <translation>1 ligne</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/import/DataQuality.cpp" line="89"/>
        <source>%Ln lines</source>
        <translation>
            <numerusform>%Ln ligne</numerusform>
            <numerusform>%Ln lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/import/DataQuality.cpp" line="94"/>
        <source>%Ln rows</source>
        <translation>
            <numerusform>%Ln ligne</numerusform>
            <numerusform>%Ln lignes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="448"/>
        <source>%1: %2, %3</source>
        <comment>a SKU left out of sales (its name), its lines, their money</comment>
        <translation>%1 : %2, %3</translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="498"/>
        <source>Lines read: %1 (%2 accepted, %3 skipped, %4 rejected).</source>
        <translation>Lignes lues : %1 (%2 acceptées, %3 ignorées, %4 rejetées).</translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="505"/>
        <source>No column is read as the order number: each line is counted as an order of its own, numbered by its line in the file. StoreLens cannot recognise these orders in a later export, so it refuses to import another file of this source into this workspace. If a column holds the receipt, ticket, sale or invoice number, map it as Order ID.</source>
        <translation>Aucune colonne n&apos;est lue comme numéro de commande : chaque ligne compte comme une commande à part, numérotée d&apos;après sa ligne dans le fichier. StoreLens ne peut pas reconnaître ces commandes dans un export ultérieur ; il refuse donc d&apos;importer un autre fichier de cette source dans cet espace de travail. Si une colonne contient le numéro de ticket, de reçu, de vente ou de facture, associez-la à « N° de commande ».</translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="513"/>
        <source>No column holds discounts: they count as 0, so net sales are the amounts before any discount the orders had.</source>
        <translation>Aucune colonne ne contient de remises : elles comptent pour 0, donc le chiffre d&apos;affaires net correspond aux montants avant toute remise des commandes.</translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="517"/>
        <source>Blank lines skipped: %1 (for example line %2).</source>
        <translation>Lignes vides ignorées : %1 (par exemple la ligne %2).</translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="520"/>
        <source>Totals rows skipped (no date, a cell such as &quot;Summe&quot; or &quot;Total&quot;): they sum the file and are no sale: %1 (for example line %2).</source>
        <translation>Lignes de total ignorées (sans date, avec une cellule comme « Summe » ou « Total ») : elles totalisent le fichier et ne sont pas une vente : %1 (par exemple ligne %2).</translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="525"/>
        <source>Service charge lines left out (marked in the column &quot;%1&quot;): a service charge is not sales: %2 (for example line %3).</source>
        <translation>Lignes de frais de service laissées de côté (marquées dans la colonne « %1 ») : des frais de service ne sont pas des ventes : %2 (par exemple ligne %3).</translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="529"/>
        <source>eBay&apos;s summary rows of orders of several items left out: such an order has a row with its shipping and total and no item, then a row per item, which are imported: %1 (for example line %2).</source>
        <translation>Lignes récapitulatives eBay des commandes de plusieurs articles laissées de côté : une telle commande a une ligne avec ses frais de port et son total sans article, puis une ligne par article, qui sont importées : %1 (par exemple ligne %2).</translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="534"/>
        <source>eBay&apos;s footer lines left out (the records downloaded, the seller ID): %1 (for example line %2).</source>
        <translation>Lignes de pied de page eBay laissées de côté (les enregistrements téléchargés, l&apos;identifiant du vendeur) : %1 (par exemple ligne %2).</translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="538"/>
        <source>Refunds of orders imported before, each a return line on its order dated on the refund&apos;s day (not a sale): %1 (for example line %2).</source>
        <translation>Remboursements de commandes importées auparavant, chacun une ligne de retour de sa commande, datée du jour du remboursement (pas une vente) : %1 (par exemple ligne %2).</translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="542"/>
        <source>%1: %2 (for example line %3), left out: not refunds of sales.</source>
        <translation>%1 : %2 (par exemple ligne %3), laissées de côté : ce ne sont pas des remboursements de ventes.</translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="543"/>
        <source>Rows without a type</source>
        <translation>Lignes sans type</translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="546"/>
        <source>Lines with quantity 0 and no amount skipped (nothing sold or returned): %1 (for example line %2).</source>
        <translation>Lignes de quantité 0 et sans montant ignorées (rien de vendu ni de retourné) : %1 (par exemple la ligne %2).</translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="554"/>
        <source>Voided lines left out (marked in the column &quot;%1&quot;): taken off before payment, they are no sale: %2, %3 (for example line %4); orders voided as a whole: %5, orders whose other lines are imported: %6.</source>
        <translation>Lignes annulées laissées de côté (marquées dans la colonne « %1 ») : retirées avant le paiement, ce ne sont pas des ventes : %2, %3 (par exemple ligne %4) ; commandes annulées en entier : %5, commandes dont les autres lignes sont importées : %6.</translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="565"/>
        <source>Lines with status &quot;%1&quot; left out: no payment was taken for them: %2 (for example line %3). The other lines of their orders are imported (orders with such lines: %4).</source>
        <translation>Lignes au statut « %1 » écartées : aucun paiement n’a été encaissé pour elles : %2 (par exemple la ligne %3). Les autres lignes de leurs commandes sont importées (commandes avec de telles lignes : %4).</translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="572"/>
        <source>1 order with status &quot;%1&quot; left out: no payment was taken (%2, for example line %3).</source>
        <translation>1 commande au statut « %1 » écartée : aucun paiement n’a été encaissé (%2, par exemple la ligne %3).</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/import/DataQuality.cpp" line="574"/>
        <source>%n orders with status &quot;%1&quot; left out: no payment was taken (%2, for example line %3).</source>
        <translation>
            <numerusform>%n commande au statut « %1 » écartée : aucun paiement n’a été encaissé (%2, par exemple la ligne %3).</numerusform>
            <numerusform>%n commandes au statut « %1 » écartées : aucun paiement n’a été encaissé (%2, par exemple la ligne %3).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="580"/>
        <source>Till receipts &quot;%1&quot; left out (%2): %3 (for example line %4).</source>
        <translation>Reçus de caisse « %1 » laissés de côté (%2) : %3 (par exemple la ligne %4).</translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="588"/>
        <source>&quot;%1&quot;</source>
        <comment>a status value quoted in a list</comment>
        <translation>« %1 »</translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="593"/>
        <source>Order statuses StoreLens does not know, counted as sales: %1 (%2, for example line %3). Check that these orders were paid. If one of these values marks a refunded order, tick it in the Check page&apos;s status box and choose &quot;Count Ticked as Sold, Then Refunded&quot; (or give --cancel-status VALUE): its orders then count as a sale and a return.</source>
        <translation>Statuts de commande que StoreLens ne connaît pas, comptés comme des ventes : %1 (%2, par exemple ligne %3). Vérifiez que ces commandes ont été payées. Si l&apos;une de ces valeurs désigne une commande remboursée, cochez-la dans le cadre des statuts de l&apos;étape Vérifier et choisissez « Compter les statuts cochés comme vendus puis remboursés » (ou indiquez --cancel-status VALEUR) : ses commandes comptent alors comme une vente et un retour.</translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="599"/>
        <source>If one of these values means the order was never paid (a bank transfer still pending, a line voided at the till), tick it there and choose &quot;Leave Ticked Out (Never Paid)&quot; (or give --not-sold-status VALUE): its orders are then left out.</source>
        <translation>Si l&apos;une de ces valeurs signifie que la commande n&apos;a jamais été payée (un virement encore en attente, une ligne annulée en caisse), cochez-la au même endroit et choisissez « Écarter les statuts cochés (jamais payés) » (ou indiquez --not-sold-status VALEUR) : ses commandes sont alors écartées.</translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="640"/>
        <source>Return lines of orders marked refunded or cancelled: %1 (for example line %2).</source>
        <translation>Lignes retournées de commandes marquées comme remboursées ou annulées après paiement : %1 (par exemple la ligne %2).</translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="606"/>
        <source>Lines rejected because of the column &quot;%1&quot;: %2 (for example line %3: %4)</source>
        <translation>Lignes rejetées à cause de la colonne « %1 » : %2 (par exemple la ligne %3 : %4)</translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="610"/>
        <source>Lines rejected: %1 (for example line %2: %3)</source>
        <translation>Lignes rejetées : %1 (par exemple la ligne %2 : %3)</translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="614"/>
        <source>Exact copies of an earlier line: %1 (for example line %2 repeats line %3). They are imported as lines of their own. A till lists an article scanned twice in one sale this way, which is right; a file that lists the same rows twice does too, and then they count twice.</source>
        <translation>Copies exactes d&apos;une ligne précédente : %1 (par exemple la ligne %2 répète la ligne %3). Elles sont importées comme des lignes à part. Une caisse liste ainsi un article scanné deux fois dans une même vente, et c&apos;est juste ; un fichier qui contient deux fois les mêmes lignes aussi, et elles comptent alors deux fois.</translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="622"/>
        <source>Lines without a customer (guest or walk-in sales): %1 (for example line %2).</source>
        <translation>Lignes sans client (ventes sans compte ou de passage) : %1 (par exemple la ligne %2).</translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="625"/>
        <source>Lines without a customer (guest or walk-in sales): %1 (%2 of sales; for example line %3).</source>
        <translation>Lignes sans client (ventes sans compte ou de passage) : %1 (%2 des ventes ; par exemple la ligne %3).</translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="634"/>
        <source>Returns from cancellation invoices (order id starting with &quot;%1&quot;): %2 (for example line %3).</source>
        <translation>Retours issus de factures d&apos;avoir (numéro de commande commençant par « %1 ») : %2 (par exemple la ligne %3).</translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="645"/>
        <source>Lines marked refunded in the column &quot;%1&quot;: %2, each a sale and a return (for example line %3).</source>
        <translation>Lignes marquées remboursées dans la colonne « %1 » : %2, chacune une vente et un retour (par exemple ligne %3).</translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="650"/>
        <source>Refund rows (their status says refunded): %1, each a return dated on the refund&apos;s day, not a sale (for example line %2).</source>
        <translation>Lignes de remboursement (leur statut indique un remboursement) : %1, chacune un retour daté du jour du remboursement, et non une vente (par exemple la ligne %2).</translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="659"/>
        <source>Orders marked partially refunded: %1 (for example line %2). Their refunds are not in this file&apos;s lines, so returns and net sales leave them out: import the refunds export to count them.</source>
        <translation>Commandes marquées comme partiellement remboursées : %1 (par exemple ligne %2). Leurs remboursements ne figurent pas dans les lignes de ce fichier ; les retours et le chiffre d&apos;affaires net ne les comptent donc pas : importez l&apos;export des remboursements pour les compter.</translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="666"/>
        <source>Orders marked partially refunded: %1 (for example line %2). Their refunds are not in this file&apos;s lines, so returns and net sales leave them out. The status counts an order as returned only when it was refunded or cancelled in full; a column with each order&apos;s refunded amount, mapped as &quot;Refund amount&quot;, would count partial refunds.</source>
        <translation>Commandes marquées comme partiellement remboursées : %1 (par exemple ligne %2). Leurs remboursements ne figurent pas dans les lignes de ce fichier : les retours et le chiffre d&apos;affaires net les laissent donc de côté. Le statut ne compte une commande comme retournée que si elle a été entièrement remboursée ou annulée après paiement ; une colonne avec le montant remboursé de chaque commande, associée à « Montant remboursé », compterait les remboursements partiels.</translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="673"/>
        <source>Orders marked partially refunded: %1 (for example line %2). Their refunds are counted from the column &quot;%3&quot;.</source>
        <translation>Commandes marquées partiellement remboursées : %1 (par exemple ligne %2). Leurs remboursements sont comptés d’après la colonne « %3 ».</translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="678"/>
        <source>Returns from the column &quot;%1&quot; (the refund of an order whose status does not say refunded, one line each): %2 (for example line %3).</source>
        <translation>Retours issus de la colonne « %1 » (le remboursement d’une commande dont le statut n’indique pas remboursée, une ligne chacun) : %2 (par exemple ligne %3).</translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="683"/>
        <source>Storno receipts (BON_STORNO 1), each a return of its amount on its own day that takes back an earlier sale: %1 (for example line %2).</source>
        <translation>Reçus storno (BON_STORNO 1), chacun un retour de son montant à sa propre date, qui reprend une vente antérieure : %1 (par exemple la ligne %2).</translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="689"/>
        <source>Returns (a negative quantity or amount): %1 (for example line %2).</source>
        <translation>Retours (quantité ou montant négatif) : %1 (par exemple la ligne %2).</translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="692"/>
        <source>Lines with a price of 0 (free items, samples or a missing price): %1 (for example line %2).</source>
        <translation>Lignes avec un prix de 0 (articles gratuits, échantillons ou prix manquant) : %1 (par exemple la ligne %2).</translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="697"/>
        <source>Lines with a negative price (usually adjustments, not sales): %1 (for example line %2).</source>
        <translation>Lignes avec un prix négatif (généralement des ajustements, pas des ventes) : %1 (par exemple la ligne %2).</translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="701"/>
        <source>Lines with a quantity that is not a whole number (goods sold by weight or length): %1 (for example line %2). Units and units per transaction add these quantities to the pieces sold.</source>
        <translation>Lignes dont la quantité n&apos;est pas un nombre entier (articles vendus au poids ou à la longueur) : %1 (par exemple la ligne %2). Les unités et les unités par transaction ajoutent ces quantités aux pièces vendues.</translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="720"/>
        <source>SKUs that look like fees or adjustments rather than products: %1: %2 (%3, for example line %4). Mark them as &quot;not a product&quot; to keep them out of product rankings; their lines stay in sales.</source>
        <translation>Références qui ressemblent à des frais ou à des ajustements plutôt qu&apos;à des produits : %1 : %2 (%3, par exemple la ligne %4). Marquez-les comme « pas un produit » pour les exclure des classements de produits ; leurs lignes restent dans les ventes.</translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="728"/>
        <source>Lines dated after today: %1, up to %2 (for example line %3). Check the date order of the file.</source>
        <translation>Lignes datées d&apos;après aujourd&apos;hui : %1, jusqu&apos;au %2 (par exemple la ligne %3). Vérifiez l&apos;ordre des dates du fichier.</translation>
    </message>
    <message>
        <location filename="../core/import/OrderIdSpread.cpp" line="117"/>
        <source>on 1 day</source>
        <translation>sur 1 jour</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/import/OrderIdSpread.cpp" line="118"/>
        <source>on %n different days</source>
        <translation>
            <numerusform>sur %n jour différent</numerusform>
            <numerusform>sur %n jours différents</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/import/OrderIdSpread.cpp" line="120"/>
        <source>in 1 store</source>
        <translation>dans 1 magasin</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/import/OrderIdSpread.cpp" line="121"/>
        <source>in %n stores</source>
        <translation>
            <numerusform>dans %n magasin</numerusform>
            <numerusform>dans %n magasins</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/import/OrderIdSpread.cpp" line="124"/>
        <source>1 order ID of the file appears on days more than a day apart or in more than one store: order &quot;%1&quot; appears %2 %3 (first on line %4).</source>
        <translation>1 n° de commande du fichier apparaît à des jours distants de plus d&apos;un jour ou dans plus d&apos;un magasin : la commande « %1 » apparaît %2 %3 (d&apos;abord ligne %4).</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/import/OrderIdSpread.cpp" line="127"/>
        <source>%n order IDs of the file appear on days more than a day apart or in more than one store; for example, order &quot;%1&quot; appears %2 %3 (first on line %4).</source>
        <translation>
            <numerusform>%n n° de commande du fichier apparaît à des jours distants de plus d&apos;un jour ou dans plus d&apos;un magasin ; par exemple, la commande « %1 » apparaît %2 %3 (d&apos;abord ligne %4).</numerusform>
            <numerusform>%n n° de commande du fichier apparaissent à des jours distants de plus d&apos;un jour ou dans plus d&apos;un magasin ; par exemple, la commande « %1 » apparaît %2 %3 (d&apos;abord ligne %4).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/import/OrderIdSpread.cpp" line="132"/>
        <source>Each such ID counts as one order. Order numbers may restart per till, series or year.</source>
        <translation>Chacun de ces numéros compte comme une seule commande. Les numéros de commande recommencent peut-être par caisse, par série ou par année.</translation>
    </message>
    <message>
        <location filename="../core/import/OrderIdSpread.cpp" line="136"/>
        <source>If a column tells them apart (a series, a till), map it as &quot;%1&quot; (on the command line: --map &quot;COLUMN=order_series&quot;).</source>
        <translation>Si une colonne les distingue (une série, une caisse), associez-la à « %1 » (en ligne de commande : --map &quot;COLONNE=order_series&quot;).</translation>
    </message>
    <message>
        <location filename="../core/import/OrderIdSpread.cpp" line="139"/>
        <source>Combine them with the column &quot;%1&quot;: map it as &quot;%2&quot; (on the command line: --map &quot;%1=order_series&quot;).</source>
        <translation>Combinez-les avec la colonne « %1 » : associez-la à « %2 » (en ligne de commande : --map &quot;%1=order_series&quot;).</translation>
    </message>
</context>
<context>
    <name>storelens::core::DisplayNames</name>
    <message>
        <location filename="../core/model/DisplayNames.cpp" line="10"/>
        <source>Main store</source>
        <translation>Magasin principal</translation>
    </message>
    <message>
        <location filename="../core/model/DisplayNames.cpp" line="11"/>
        <source>In store</source>
        <translation>En magasin</translation>
    </message>
    <message>
        <location filename="../core/model/DisplayNames.cpp" line="12"/>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <location filename="../core/model/DisplayNames.cpp" line="13"/>
        <source>Online shop</source>
        <translation>Boutique en ligne</translation>
    </message>
</context>
<context>
    <name>storelens::core::DsfinvkReceipts</name>
    <message>
        <location filename="../core/import/DsfinvkReceipts.cpp" line="80"/>
        <source>money moved into or out of the till, not sold</source>
        <translation>de l&apos;argent mis dans la caisse ou retiré, rien de vendu</translation>
    </message>
    <message>
        <location filename="../core/import/DsfinvkReceipts.cpp" line="82"/>
        <source>receipts aborted before payment</source>
        <translation>reçus interrompus avant le paiement</translation>
    </message>
    <message>
        <location filename="../core/import/DsfinvkReceipts.cpp" line="84"/>
        <source>receipts made for training</source>
        <translation>reçus établis pour la formation</translation>
    </message>
    <message>
        <location filename="../core/import/DsfinvkReceipts.cpp" line="86"/>
        <source>orders taken, sold on the receipt that closes them</source>
        <translation>commandes prises, vendues sur le reçu qui les clôt</translation>
    </message>
    <message>
        <location filename="../core/import/DsfinvkReceipts.cpp" line="88"/>
        <source>receipts moved to another table or till, sold on the receipt that closes them</source>
        <translation>reçus transférés à une autre table ou une autre caisse, vendus sur le reçu qui les clôt</translation>
    </message>
    <message>
        <location filename="../core/import/DsfinvkReceipts.cpp" line="90"/>
        <source>receipts voided in full, which the till&apos;s takings leave out</source>
        <translation>reçus entièrement annulés, que les recettes de la caisse laissent de côté</translation>
    </message>
</context>
<context>
    <name>storelens::core::EarlierOrders</name>
    <message>
        <location filename="../core/import/EarlierOrders.cpp" line="111"/>
        <source>1 refund of an earlier order</source>
        <translation>1 remboursement d&apos;une commande antérieure</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/import/EarlierOrders.cpp" line="112"/>
        <source>%n refunds of earlier orders</source>
        <translation>
            <numerusform>%n remboursement de commandes antérieures</numerusform>
            <numerusform>%n remboursements de commandes antérieures</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/import/EarlierOrders.cpp" line="115"/>
        <source>eBay transaction report: %1 of the source &quot;%2&quot;, %3 in all.</source>
        <translation>Rapport de transactions eBay : %1 de la source « %2 », %3 au total.</translation>
    </message>
    <message>
        <location filename="../core/import/EarlierOrders.cpp" line="116"/>
        <source>A file of refunds: %1 of the source &quot;%2&quot;, %3 in all.</source>
        <translation>Un fichier de remboursements : %1 de la source « %2 », %3 au total.</translation>
    </message>
    <message>
        <location filename="../core/import/EarlierOrders.cpp" line="123"/>
        <source>It is counted as a return on its order, on the refund&apos;s day.</source>
        <translation>Il compte comme un retour sur sa commande, au jour du remboursement.</translation>
    </message>
    <message>
        <location filename="../core/import/EarlierOrders.cpp" line="124"/>
        <source>They are counted as returns, each on its order and its refund&apos;s day.</source>
        <translation>Ils comptent comme retours, chacun sur sa commande et au jour de son remboursement.</translation>
    </message>
    <message>
        <location filename="../core/import/EarlierOrders.cpp" line="127"/>
        <source>%1 is counted as returns, each on its order and its refund&apos;s day; %2 refunded beyond the orders&apos; sales (shipping or tax, which are not sales) is left out.</source>
        <translation>%1 compte comme retours, chacun sur sa commande et au jour de son remboursement ; %2 remboursés au-delà des ventes des commandes (frais de port ou taxes, qui ne sont pas des ventes) sont laissés de côté.</translation>
    </message>
</context>
<context>
    <name>storelens::core::Entity</name>
    <message>
        <location filename="../core/model/Entities.cpp" line="12"/>
        <source>Orders and order lines</source>
        <translation>Commandes et lignes de commande</translation>
    </message>
    <message>
        <location filename="../core/model/Entities.cpp" line="13"/>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../core/model/Entities.cpp" line="14"/>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <location filename="../core/model/Entities.cpp" line="15"/>
        <source>Inventory snapshots</source>
        <translation>Relevés de stock</translation>
    </message>
    <message>
        <location filename="../core/model/Entities.cpp" line="16"/>
        <source>Store traffic</source>
        <translation>Fréquentation en magasin</translation>
    </message>
    <message>
        <location filename="../core/model/Entities.cpp" line="17"/>
        <source>Staffing</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <location filename="../core/model/Entities.cpp" line="18"/>
        <source>Marketing spend</source>
        <translation>Dépenses marketing</translation>
    </message>
</context>
<context>
    <name>storelens::core::ExportStyles</name>
    <message>
        <location filename="../core/import/ExportStyles.cpp" line="249"/>
        <location filename="../core/import/ExportStylesPrestaShop.cpp" line="166"/>
        <source>&quot;%1&quot; is each order&apos;s total with tax and shipping: net sales include the shipping the orders charged.</source>
        <translation>« %1 » est le total de chaque commande, taxes et livraison comprises : le chiffre d&apos;affaires net inclut les frais de livraison facturés.</translation>
    </message>
    <message>
        <location filename="../core/import/ExportStyles.cpp" line="259"/>
        <source>&quot;%1&quot; holds Shopware&apos;s internal state ids, not state names, so cancelled orders cannot be recognised and count as sales. To count cancelled and refunded orders as returns, add the payment&apos;s state (transactions.stateMachineState.technicalName) to the export profile in Shopware: StoreLens reads it as the status.</source>
        <translation>« %1 » contient les identifiants internes des états de Shopware, pas leurs noms : les commandes remboursées ou annulées après paiement ne peuvent pas être reconnues et comptent comme des ventes. Pour les compter comme des retours, ajoutez l&apos;état du paiement (transactions.stateMachineState.technicalName) au profil d&apos;export dans Shopware : StoreLens le lit comme statut.</translation>
    </message>
    <message>
        <location filename="../core/import/ExportStyles.cpp" line="268"/>
        <source>&quot;%1&quot; names products by Shopware&apos;s internal ids, without prices, so the orders carry no products.</source>
        <translation>« %1 » désigne les produits par les identifiants internes de Shopware, sans prix : les commandes ne portent donc aucun produit.</translation>
    </message>
    <message>
        <location filename="../core/import/ExportStylesPrestaShop.cpp" line="173"/>
        <source>&quot;%1&quot; names customers by an initial and a surname (&quot;A. Fabre&quot;), which can be several people: the orders count as guest sales, and customer figures (retention, segments, lifetime value) leave them out.</source>
        <translation>« %1 » désigne les clients par une initiale et un nom (« A. Fabre »), ce qui peut recouvrir plusieurs personnes : les commandes comptent comme des ventes sans compte client, et les indicateurs clients (rétention, segments, valeur vie client) les laissent de côté.</translation>
    </message>
    <message>
        <location filename="../core/import/ExportStylesPrestaShop.cpp" line="179"/>
        <source>The orders list names no products, so the orders carry none.</source>
        <translation>La liste des commandes ne nomme aucun produit : les commandes n&apos;en portent donc aucun.</translation>
    </message>
    <message>
        <location filename="../core/import/ExportStylesLoyverse.cpp" line="151"/>
        <source>&quot;%1&quot; is the cost of the whole line, not of one unit: StoreLens reads costs per unit, so it leaves the column out, and gross margin is not shown for these sales.</source>
        <translation>« %1 » est le coût de toute la ligne, pas d&apos;une unité : StoreLens lit des coûts unitaires, il laisse donc la colonne de côté, et la marge brute n&apos;est pas affichée pour ces ventes.</translation>
    </message>
    <message>
        <location filename="../core/import/ExportStylesWix.cpp" line="87"/>
        <source>Wix&apos;s export names each order&apos;s coupon (&quot;%1&quot;) but not what it took off, and for %2 of its %3 coupon orders it could not be worked out from the order&apos;s Total: their discounts are unknown, and their net sales hold what their coupons took off.</source>
        <translation>L&apos;export de Wix nomme le code promo de chaque commande (« %1 ») mais pas ce qu&apos;il a déduit, et pour %2 de ses %3 commandes avec un code promo, ce montant n&apos;a pas pu être calculé à partir du « Total » de la commande : leurs remises sont inconnues, et leur chiffre d&apos;affaires net contient ce que leurs codes promo ont déduit.</translation>
    </message>
    <message>
        <location filename="../core/import/ExportStylesWix.cpp" line="95"/>
        <source>Wix&apos;s export names each order&apos;s coupon (&quot;%1&quot;) but not what it took off: discounts are unknown, and the net sales of orders with a coupon hold its amount.</source>
        <translation>L&apos;export de Wix nomme le code promo de chaque commande (« %1 ») mais pas ce qu&apos;il a déduit : les remises sont inconnues, et le chiffre d&apos;affaires net des commandes avec un code promo en contient le montant.</translation>
    </message>
    <message>
        <location filename="../core/import/ExportStylesDsfinvk.cpp" line="96"/>
        <source>The receipts file (transactions.csv) holds each receipt&apos;s total, not its items, which are in lines.csv: the receipts carry no products.</source>
        <translation>Le fichier des reçus (transactions.csv) contient le total de chaque reçu, pas ses articles, qui se trouvent dans lines.csv : les reçus ne portent aucun produit.</translation>
    </message>
    <message>
        <location filename="../core/import/ExportStylesSquareOnline.cpp" line="90"/>
        <source>Square&apos;s item prices include the tax (VAT), and its export gives no price without it, only each order&apos;s tax in all: gross and net sales include the tax.</source>
        <translation>Les prix des articles de Square incluent la taxe (TVA), et son export ne donne aucun prix sans elle, seulement la taxe de chaque commande au total : le chiffre d&apos;affaires brut et net inclut la taxe.</translation>
    </message>
    <message>
        <location filename="../core/import/ExportStylesSquareOnline.cpp" line="95"/>
        <source>Square&apos;s export gives no coupon amounts: each is worked out as the order&apos;s items less its Order Subtotal, which could not be done for %1 of the %2 orders with a coupon: their discounts are unknown, and their net sales hold what their coupons took off.</source>
        <translation>L&apos;export de Square ne donne aucun montant de code promo : chacun est calculé comme les articles de la commande moins son « Order Subtotal », ce qui n&apos;a pas été possible pour %1 des %2 commandes avec un code promo : leurs remises sont inconnues, et leur chiffre d&apos;affaires net contient ce que leurs codes promo ont déduit.</translation>
    </message>
    <message>
        <location filename="../core/import/ExportStylesAmazon.cpp" line="64"/>
        <source>Amazon&apos;s report names no buyer: its orders count as guest sales; customer figures cannot include Amazon buyers.</source>
        <translation>Le rapport d&apos;Amazon ne nomme aucun acheteur : ses commandes comptent comme ventes sans compte client ; les indicateurs clients ne peuvent pas inclure les acheteurs Amazon.</translation>
    </message>
    <message>
        <location filename="../core/import/ExportStylesAmazon.cpp" line="67"/>
        <source>Amazon&apos;s report names no buyer: this order counts as a guest sale; customer figures cannot include Amazon buyers.</source>
        <translation>Le rapport d&apos;Amazon ne nomme aucun acheteur : cette commande compte comme vente sans compte client ; les indicateurs clients ne peuvent pas inclure les acheteurs Amazon.</translation>
    </message>
    <message>
        <location filename="../core/import/ExportStylesAmazon.cpp" line="69"/>
        <source>Amazon&apos;s report names no buyer: these %1 orders count as guest sales; customer figures cannot include Amazon buyers.</source>
        <translation>Le rapport d&apos;Amazon ne nomme aucun acheteur : ces %1 commandes comptent comme ventes sans compte client ; les indicateurs clients ne peuvent pas inclure les acheteurs Amazon.</translation>
    </message>
</context>
<context>
    <name>storelens::core::FieldCatalog</name>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="49"/>
        <source>Order ID</source>
        <translation>N° de commande</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="67"/>
        <source>Order ID series (joined with the order ID: T1 + 5 = T1/5)</source>
        <translation>Série du n° de commande (jointe au n° de commande : T1 + 5 = T1/5)</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="71"/>
        <source>Order date</source>
        <translation>Date de commande</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="80"/>
        <source>Time of day</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="84"/>
        <location filename="../core/import/FieldCatalog.cpp" line="250"/>
        <source>Customer ID</source>
        <translation>N° client</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="94"/>
        <source>Customer name</source>
        <translation>Nom du client</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="99"/>
        <source>Customer email</source>
        <translation>E-mail du client</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="108"/>
        <source>Customer phone</source>
        <translation>Téléphone du client</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="119"/>
        <location filename="../core/import/FieldCatalog.cpp" line="300"/>
        <location filename="../core/import/FieldCatalog.cpp" line="327"/>
        <source>SKU</source>
        <translation>Référence produit (SKU)</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="128"/>
        <location filename="../core/import/FieldCatalog.cpp" line="304"/>
        <source>Product name</source>
        <translation>Nom du produit</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="135"/>
        <location filename="../core/import/FieldCatalog.cpp" line="307"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="141"/>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="147"/>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="155"/>
        <source>Line total (instead of unit price)</source>
        <translation>Total de ligne (au lieu du prix unitaire)</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="162"/>
        <source>Line discount</source>
        <translation>Remise de ligne</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="167"/>
        <source>Line discount as a rate (0.2 = 20 %)</source>
        <translation>Remise de ligne en taux (0,2 = 20 %)</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="172"/>
        <source>Line discount as a percentage (20 = 20 %)</source>
        <translation>Remise de ligne en pourcentage (20 = 20 %)</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="175"/>
        <location filename="../core/import/FieldCatalog.cpp" line="310"/>
        <location filename="../core/import/FieldCatalog.cpp" line="333"/>
        <source>Unit cost</source>
        <translation>Coût unitaire</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="181"/>
        <source>Order discount (for the whole order)</source>
        <translation>Remise de commande (pour toute la commande)</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="192"/>
        <source>Shipping (for the whole order)</source>
        <translation>Frais de port (pour toute la commande)</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="194"/>
        <location filename="../core/import/FieldCatalog.cpp" line="325"/>
        <location filename="../core/import/FieldCatalog.cpp" line="342"/>
        <location filename="../core/import/FieldCatalog.cpp" line="356"/>
        <source>Store</source>
        <translation>Magasin</translation>
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
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="207"/>
        <source>Status (marks cancellations)</source>
        <translation>Statut (signale les remboursements)</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="212"/>
        <source>Refund date (of a cancelled order)</source>
        <translation>Date de remboursement (commande remboursée)</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="217"/>
        <source>Refund amount (for the whole order)</source>
        <translation>Montant remboursé (pour toute la commande)</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="221"/>
        <source>Product details (all of the order&apos;s items in one cell)</source>
        <translation>Détails des produits (tous les articles de la commande dans une cellule)</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="226"/>
        <source>Line refunded (yes: the line is a sale and a return)</source>
        <translation>Ligne remboursée (oui : la ligne est une vente et un retour)</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="230"/>
        <source>Service charge (yes: the line is no sale and is left out)</source>
        <translation>Frais de service (oui : la ligne n&apos;est pas une vente et est laissée de côté)</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="237"/>
        <source>Voided (yes: taken off before payment, no sale: left out)</source>
        <translation>Annulé (oui : retiré avant le paiement, pas une vente : laissé de côté)</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="241"/>
        <source>Line ID (the export&apos;s own id of a line)</source>
        <translation>N° de ligne (identifiant propre de la ligne dans l&apos;export)</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="254"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="257"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="260"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="265"/>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="268"/>
        <source>Age band</source>
        <translation>Tranche d&apos;âge</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="270"/>
        <source>Gender</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="272"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="274"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="279"/>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="282"/>
        <source>Loyalty tier</source>
        <translation>Niveau de fidélité</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="285"/>
        <source>Acquisition channel</source>
        <translation>Canal d&apos;acquisition</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="115"/>
        <location filename="../core/import/FieldCatalog.cpp" line="288"/>
        <source>Email marketing consent</source>
        <translation>Consentement marketing par e-mail</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="292"/>
        <source>SMS marketing consent</source>
        <translation>Consentement marketing par SMS</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="313"/>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="322"/>
        <source>Snapshot date</source>
        <translation>Date du relevé</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="330"/>
        <source>On hand</source>
        <translation>En stock</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="344"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="347"/>
        <source>Visitors</source>
        <translation>Visiteurs</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="359"/>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="361"/>
        <source>Headcount</source>
        <translation>Effectif</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="372"/>
        <source>Day or month</source>
        <translation>Jour ou mois</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="374"/>
        <source>Amount spent</source>
        <translation>Montant dépensé</translation>
    </message>
</context>
<context>
    <name>storelens::core::ImportProfile</name>
    <message>
        <location filename="../core/import/ImportProfile.cpp" line="235"/>
        <source>The import profile is not valid JSON: %1</source>
        <translation>Le profil d&apos;importation n&apos;est pas un JSON valide : %1</translation>
    </message>
    <message>
        <location filename="../core/import/ImportProfile.cpp" line="240"/>
        <source>The file is not a StoreLens import profile (version %1).</source>
        <translation>Le fichier n&apos;est pas un profil d&apos;importation StoreLens (version %1).</translation>
    </message>
    <message>
        <location filename="../core/import/ImportProfile.cpp" line="249"/>
        <source>The import profile names an unknown table &quot;%1&quot;.</source>
        <translation>Le profil d&apos;importation indique une table inconnue « %1 ».</translation>
    </message>
    <message>
        <location filename="../core/import/ImportProfile.cpp" line="258"/>
        <source>The import profile names an unknown encoding &quot;%1&quot;.</source>
        <translation>Le profil d&apos;importation indique un encodage inconnu « %1 ».</translation>
    </message>
    <message>
        <location filename="../core/import/ImportProfile.cpp" line="270"/>
        <source>The import profile&apos;s date order must be ymd, dmy, mdy or unknown.</source>
        <translation>L&apos;ordre des dates du profil d&apos;importation doit être ymd, dmy, mdy ou unknown.</translation>
    </message>
    <message>
        <location filename="../core/import/ImportProfile.cpp" line="277"/>
        <source>The import profile&apos;s decimal separator must be &quot;.&quot; or &quot;,&quot;.</source>
        <translation>Le séparateur décimal du profil d&apos;importation doit être « . » ou « , ».</translation>
    </message>
    <message>
        <location filename="../core/import/ImportProfile.cpp" line="290"/>
        <source>The import profile maps column &quot;%1&quot; to an unknown field &quot;%2&quot;; the fields of this kind of file are: %3.</source>
        <translation>Le profil d’import associe la colonne « %1 » à un champ inconnu « %2 » ; les champs de ce type de fichier sont : %3.</translation>
    </message>
    <message>
        <location filename="../core/import/ImportProfile.cpp" line="325"/>
        <source>The import profile&apos;s line_total must be before_discount or after_discount, and its orders_without_id row or customer_day.</source>
        <translation>Dans le profil d&apos;importation, line_total doit valoir before_discount ou after_discount, et orders_without_id row ou customer_day.</translation>
    </message>
    <message>
        <location filename="../core/import/ImportProfile.cpp" line="337"/>
        <source>The import profile&apos;s customer_key must be id or email_first.</source>
        <translation>Dans le profil d&apos;importation, customer_key doit valoir id ou email_first.</translation>
    </message>
    <message>
        <location filename="../core/import/ImportProfile.cpp" line="344"/>
        <source>The import profile&apos;s order_discount must be separate or includes_line_discounts.</source>
        <translation>Le champ order_discount du profil d&apos;importation doit valoir separate ou includes_line_discounts.</translation>
    </message>
    <message>
        <location filename="../core/import/ImportProfile.cpp" line="358"/>
        <source>The import profile&apos;s blank_quantity must be one or rejected.</source>
        <translation>Le blank_quantity du profil d&apos;import doit être one ou rejected.</translation>
    </message>
    <message>
        <location filename="../core/import/ImportProfile.cpp" line="366"/>
        <source>The import profile&apos;s rows must be sales or refunds_of_earlier_orders.</source>
        <translation>La valeur rows du profil d&apos;import doit être sales ou refunds_of_earlier_orders.</translation>
    </message>
    <message>
        <location filename="../core/import/ImportProfile.cpp" line="380"/>
        <source>The import profile could not be read: %1</source>
        <translation>Le profil d&apos;importation n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <location filename="../core/import/ImportProfile.cpp" line="390"/>
        <source>The import profile could not be saved: %1</source>
        <translation>Le profil d&apos;importation n&apos;a pas pu être enregistré : %1</translation>
    </message>
</context>
<context>
    <name>storelens::core::Importer</name>
    <message>
        <location filename="../core/import/Importer.cpp" line="53"/>
        <source>The workspace could not be read: %1</source>
        <translation>L&apos;espace de travail n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <location filename="../core/import/Importer.cpp" line="218"/>
        <source>The workspace could not be written: %1</source>
        <translation>L&apos;espace de travail n&apos;a pas pu être écrit : %1</translation>
    </message>
    <message>
        <location filename="../core/import/Importer.cpp" line="338"/>
        <source>%1 has one row per order, and %2 of its %3 orders (such as %4) are already in the workspace line by line (source &quot;%5&quot;, from Etsy&apos;s Sold Order Items export). Importing it would count those orders twice or replace their item lines with one line per order. Nothing was imported. Import only the Sold Order Items export for sales and leave this file out (its refunds cannot be imported yet).</source>
        <translation>%1 a une ligne par commande, et %2 de ses %3 commandes (par exemple %4) sont déjà dans l’espace de travail ligne par ligne (source « %5 », issue de l’export « Sold Order Items » d’Etsy). L’importer compterait ces commandes deux fois ou remplacerait leurs lignes d’articles par une ligne par commande. Rien n’a été importé. Importez seulement l’export « Sold Order Items » pour les ventes et laissez ce fichier de côté (ses remboursements ne peuvent pas encore être importés).</translation>
    </message>
    <message>
        <location filename="../core/import/Importer.cpp" line="356"/>
        <source>Another import is running on this workspace; try again when it has finished. Nothing was imported.</source>
        <translation>Une autre importation est en cours dans cet espace de travail ; réessayez lorsqu&apos;elle sera terminée. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <location filename="../core/import/Importer.cpp" line="361"/>
        <location filename="../core/import/Importer.cpp" line="509"/>
        <source>The workspace is read-only (check the file&apos;s permissions). Nothing was imported.</source>
        <translation>L&apos;espace de travail est en lecture seule (vérifiez les droits du fichier). Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <location filename="../core/import/Importer.cpp" line="392"/>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <location filename="../core/import/Importer.cpp" line="396"/>
        <source>The header cell holds a NUL byte, so its column cannot be named. Nothing was imported.</source>
        <translation>La cellule d&apos;en-tête contient un octet NUL : sa colonne ne peut pas être nommée. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <location filename="../core/import/Importer.cpp" line="433"/>
        <source>&quot;%1&quot; (line %2)</source>
        <translation>« %1 » (ligne %2)</translation>
    </message>
    <message>
        <location filename="../core/import/Importer.cpp" line="441"/>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <location filename="../core/import/Importer.cpp" line="419"/>
        <source>Column &quot;%1&quot;: some dates put the day first (such as &quot;%2&quot; on line %3) and others the month first (such as &quot;%4&quot; on line %5). Choose the date order (&quot;Dates are written as&quot; on the import window&apos;s Columns step, or --date-order dmy|mdy); the dates that do not fit it are then reported line by line.</source>
        <translation>Colonne « %1 » : certaines dates commencent par le jour (par exemple « %2 » à la ligne %3) et d&apos;autres par le mois (par exemple « %4 » à la ligne %5). Choisissez l&apos;ordre des dates (« Dates écrites sous la forme » à l&apos;étape Colonnes de la fenêtre d&apos;import, ou --date-order dmy|mdy) ; les dates qui ne le respectent pas sont alors signalées ligne par ligne.</translation>
    </message>
    <message>
        <location filename="../core/import/Importer.cpp" line="437"/>
        <source>Column &quot;%1&quot;: dates such as %2 could be day/month or month/day (no day in the file is above 12). Choose the date order (&quot;Dates are written as&quot; on the import window&apos;s Columns step, or --date-order dmy|mdy).</source>
        <translation>Colonne « %1 » : des dates comme %2 peuvent être jour/mois ou mois/jour (aucun jour du fichier ne dépasse 12). Choisissez l&apos;ordre des dates (« Dates écrites sous la forme » à l&apos;étape Colonnes de la fenêtre d&apos;import, ou --date-order dmy|mdy).</translation>
    </message>
    <message>
        <location filename="../core/import/Importer.cpp" line="459"/>
        <source>Column &quot;%1&quot;: values such as &quot;%2&quot; could be read with &quot;%3&quot; as the decimal separator or as a thousands separator, and no value in the file tells. Choose the decimal separator (&quot;Decimal separator&quot; on the import window&apos;s Columns step, or --decimal . or --decimal ,).</source>
        <translation>Colonne « %1 » : des valeurs comme « %2 » peuvent se lire avec « %3 » comme séparateur décimal ou comme séparateur des milliers, et aucune valeur du fichier ne permet de trancher. Choisissez le séparateur décimal (« Séparateur décimal » à l&apos;étape Colonnes de la fenêtre d&apos;import, ou --decimal . ou --decimal ,).</translation>
    </message>
    <message>
        <location filename="../core/import/Importer.cpp" line="580"/>
        <source>The import was cancelled; the workspace is unchanged.</source>
        <translation>L&apos;importation a été annulée ; l&apos;espace de travail n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../core/import/Importer.cpp" line="620"/>
        <source>Column &quot;%1&quot;, value &quot;%2&quot;: %3</source>
        <translation>Colonne « %1 », valeur « %2 » : %3</translation>
    </message>
    <message>
        <location filename="../core/import/Importer.cpp" line="623"/>
        <source>Nothing was imported.</source>
        <translation>Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <location filename="../core/import/Importer.cpp" line="649"/>
        <source>The file holds no rows, only a header line. Nothing was imported.</source>
        <translation>Le fichier ne contient aucune ligne, seulement une ligne d&apos;en-tête. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <location filename="../core/import/Importer.cpp" line="650"/>
        <source>The file holds no rows. Nothing was imported.</source>
        <translation>Le fichier ne contient aucune ligne. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <location filename="../core/import/Importer.cpp" line="695"/>
        <source>Nothing was imported. To import the file beside those lines all the same, add --new-order-ids.</source>
        <translation>Rien n&apos;a été importé. Pour importer quand même le fichier à côté de ces lignes, ajoutez --new-order-ids.</translation>
    </message>
    <message>
        <location filename="../core/import/Importer.cpp" line="772"/>
        <location filename="../core/import/Importer.cpp" line="782"/>
        <source>The rejected rows could not be saved: %1</source>
        <translation>Les lignes rejetées n&apos;ont pas pu être enregistrées : %1</translation>
    </message>
    <message>
        <location filename="../core/import/Importer.cpp" line="775"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../core/import/Importer.cpp" line="775"/>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location filename="../core/import/Importer.cpp" line="775"/>
        <source>Column name</source>
        <translation>Nom de colonne</translation>
    </message>
    <message>
        <location filename="../core/import/Importer.cpp" line="776"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../core/import/Importer.cpp" line="776"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../core/import/RowIdGuard.cpp" line="44"/>
        <source>No column of %1 is mapped to the order number, so its orders are numbered by their line in the file, and the workspace already holds %2 order lines from the source &quot;%3&quot;. StoreLens could not tell this file&apos;s orders from those: they would be counted twice or mixed up. Nothing was imported. Map the column that holds the order or receipt number (often &quot;ID&quot;, &quot;Order #&quot;, &quot;Receipt&quot; or &quot;Invoice number&quot;), or import the file as another source.</source>
        <translation>Aucune colonne de %1 n&apos;est associée au numéro de commande : ses commandes sont donc numérotées d&apos;après leur ligne dans le fichier, et l&apos;espace de travail contient déjà %2 lignes de commande de la source « %3 ». StoreLens ne pourrait pas distinguer les commandes de ce fichier de celles-ci : elles seraient comptées deux fois ou mélangées. Rien n&apos;a été importé. Associez la colonne qui contient le numéro de commande ou de ticket (souvent « ID », « N° commande », « N° ticket » ou « N° facture »), ou importez le fichier comme une autre source.</translation>
    </message>
</context>
<context>
    <name>storelens::core::MappingSuggester</name>
    <message>
        <location filename="../core/import/MappingSuggester.cpp" line="588"/>
        <source>Column %1</source>
        <translation>Colonne %1</translation>
    </message>
</context>
<context>
    <name>storelens::core::OrderIdChange</name>
    <message>
        <location filename="../core/import/OrderIdChange.cpp" line="88"/>
        <source>This file&apos;s orders match none of the orders of &quot;%1&quot; already in the workspace by order ID, yet on %2 of the %3 days from %4 to %5 with lines of &quot;%1&quot; it holds about as many units and as much money: the same orders with IDs written another way (&quot;%6&quot; in the workspace, &quot;%7&quot; in the file; another order ID column, or a series joined to it?). Imported beside them, each order would count twice. If the file is a new export of those days, replace the source&apos;s lines on them: tick Replace on the Check page, or import with --replace on the command line.</source>
        <translation>Les commandes de ce fichier ne correspondent par leur numéro à aucune commande de « %1 » déjà dans l&apos;espace de travail, et pourtant, sur %2 des %3 jours du %4 au %5 où « %1 » a des lignes, il contient à peu près autant d&apos;unités et autant d&apos;argent : les mêmes commandes, avec des numéros écrits autrement (« %6 » dans l&apos;espace de travail, « %7 » dans le fichier ; une autre colonne de numéro de commande, ou une série jointe au numéro ?). Importée à côté, chaque commande compterait deux fois. Si le fichier est un nouvel export de ces jours, remplacez les lignes de la source sur ces jours : cochez Remplacer à l&apos;étape Vérifier, ou importez avec --replace en ligne de commande.</translation>
    </message>
</context>
<context>
    <name>storelens::core::OtherSource</name>
    <message>
        <location filename="../core/import/OtherSource.cpp" line="88"/>
        <source>it holds none of the %1 orders of &quot;%2&quot; from %3 to %4</source>
        <translation>il ne contient aucune des %1 commandes de « %2 » du %3 au %4</translation>
    </message>
    <message>
        <location filename="../core/import/OtherSource.cpp" line="91"/>
        <source>it holds only %1 of the %2 orders of &quot;%3&quot; from %4 to %5</source>
        <translation>il ne contient que %1 des %2 commandes de « %3 » du %4 au %5</translation>
    </message>
    <message>
        <location filename="../core/import/OtherSource.cpp" line="95"/>
        <source>, and most of its columns are not those of the earlier imports into &quot;%1&quot;</source>
        <translation>, et la plupart de ses colonnes ne sont pas celles des imports précédents dans « %1 »</translation>
    </message>
    <message>
        <location filename="../core/import/OtherSource.cpp" line="99"/>
        <source>This file seems to come from another till or shop than &quot;%1&quot;: %2%3. It is not a new export of those days, so none of their orders is removed. To keep its figures apart, import it as a source of its own, such as &quot;%4&quot;.</source>
        <translation>Ce fichier semble venir d&apos;une autre caisse ou d&apos;une autre boutique que « %1 » : %2%3. Ce n&apos;est pas un nouvel export de ces jours-là, aucune de leurs commandes n&apos;est donc supprimée. Pour garder ses chiffres à part, importez-le comme une source à part entière, par exemple « %4 ».</translation>
    </message>
    <message>
        <location filename="../core/import/OtherSource.cpp" line="107"/>
        <source>%1 was not imported: replace would remove the orders of &quot;%2&quot; from %3 to %4 that this file does not hold, yet it seems to come from another till or shop (it holds %5 of those %6 orders%7). Import it without --replace, best as a source of its own (--source &quot;%8&quot;); if it really is a new export of &quot;%2&quot;, add --replace-other-source.</source>
        <translation>%1 n&apos;a pas été importé : remplacer supprimerait les commandes de « %2 » du %3 au %4 que ce fichier ne contient pas, or il semble venir d&apos;une autre caisse ou d&apos;une autre boutique (il contient %5 de ces %6 commandes%7). Importez-le sans --replace, de préférence comme une source à part entière (--source « %8 ») ; s&apos;il s&apos;agit vraiment d&apos;un nouvel export de « %2 », ajoutez --replace-other-source.</translation>
    </message>
    <message>
        <location filename="../core/import/OtherSource.cpp" line="114"/>
        <source>; its columns differ from the earlier imports</source>
        <translation> ; ses colonnes diffèrent de celles des imports précédents</translation>
    </message>
</context>
<context>
    <name>storelens::core::PlaceholderCustomer</name>
    <message>
        <location filename="../core/import/PlaceholderCustomer.cpp" line="24"/>
        <source>The customer with the most orders could not be read: %1</source>
        <translation>Le client ayant le plus de commandes n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <location filename="../core/import/PlaceholderCustomer.cpp" line="33"/>
        <source>One customer, &quot;%1&quot;, holds %2 of the file&apos;s %3 orders (%4 %). A till that puts one placeholder id or e-mail address on every walk-in sale makes them one giant customer who distorts retention, RFM segments and lifetime value. If &quot;%1&quot; stands for no one, import their lines as guest sales.</source>
        <translation>Un client, « %1 », détient %2 des %3 commandes du fichier (%4 %). Une caisse qui met le même identifiant ou la même adresse e-mail fictive sur chaque vente de passage en fait un client géant qui fausse la rétention, les segments RFM et la valeur vie client. Si « %1 » ne désigne personne, importez ses lignes comme ventes sans client.</translation>
    </message>
</context>
<context>
    <name>storelens::core::ProductNames</name>
    <message>
        <location filename="../core/import/ProductNames.cpp" line="201"/>
        <source>1 product without a code has the name of a product with one (&quot;%1&quot; and %2), so they are counted as two products.</source>
        <translation>1 produit sans référence porte le nom d&apos;un produit qui en a une (« %1 » et %2) : ils sont donc comptés comme deux produits.</translation>
    </message>
    <message>
        <location filename="../core/import/ProductNames.cpp" line="204"/>
        <source>%1 products without a code have the name of a product with one (such as &quot;%2&quot; and %3), so each is counted as two products.</source>
        <translation>%1 produits sans référence portent le nom d&apos;un produit qui en a une (comme « %2 » et %3) : chacun est donc compté comme deux produits.</translation>
    </message>
    <message>
        <location filename="../core/import/ProductNames.cpp" line="208"/>
        <source>To count a product without a code as the one product with a code of the same name, in this file and in the workspace, choose &quot;Count as One Product&quot; on the Check page, or import with --products-by-name on the command line.</source>
        <translation>Pour compter un produit sans référence comme l&apos;unique produit avec référence du même nom, dans ce fichier et dans l&apos;espace de travail, choisissez « Compter comme un seul produit » à l&apos;étape Vérifier, ou importez avec --products-by-name en ligne de commande.</translation>
    </message>
    <message>
        <location filename="../core/import/ProductNames.cpp" line="220"/>
        <source>1 product without a code (&quot;%1&quot;) has the name of several products with a code (%2): it is not counted as any of them.</source>
        <translation>1 produit sans référence (« %1 ») porte le nom de plusieurs produits avec référence (%2) : il n&apos;est compté comme aucun d&apos;eux.</translation>
    </message>
    <message>
        <location filename="../core/import/ProductNames.cpp" line="223"/>
        <source>%1 products without a code have the name of several products with a code (such as &quot;%2&quot;: %3): they are not counted as any of them.</source>
        <translation>%1 produits sans référence portent le nom de plusieurs produits avec référence (comme « %2 » : %3) : ils ne sont comptés comme aucun d&apos;eux.</translation>
    </message>
    <message>
        <location filename="../core/import/ProductNames.cpp" line="233"/>
        <source>1 product without a code is counted as the product with a code of the same name (&quot;%1&quot; as %2).</source>
        <translation>1 produit sans référence est compté comme le produit avec référence du même nom (« %1 » comme %2).</translation>
    </message>
    <message>
        <location filename="../core/import/ProductNames.cpp" line="236"/>
        <source>%1 products without a code are counted as the product with a code of the same name (such as &quot;%2&quot; as %3).</source>
        <translation>%1 produits sans référence sont comptés comme le produit avec référence du même nom (par exemple « %2 » comme %3).</translation>
    </message>
</context>
<context>
    <name>storelens::core::ProfileStore</name>
    <message>
        <location filename="../core/import/ProfileStore.cpp" line="21"/>
        <source>The saved import profiles could not be read or written: %1</source>
        <translation>Les profils d&apos;importation enregistrés n&apos;ont pas pu être lus ou écrits : %1</translation>
    </message>
    <message>
        <location filename="../core/import/ProfileStore.cpp" line="22"/>
        <source>There is no import profile named &quot;%1&quot;.</source>
        <translation>Aucun profil d&apos;importation ne s&apos;appelle « %1 ».</translation>
    </message>
    <message>
        <location filename="../core/import/ProfileStore.cpp" line="23"/>
        <source>An import profile needs a name.</source>
        <translation>Un profil d&apos;importation doit avoir un nom.</translation>
    </message>
    <message>
        <location filename="../core/import/ProfileStore.cpp" line="24"/>
        <source>An import profile named &quot;%1&quot; exists already.</source>
        <translation>Un profil d&apos;importation nommé « %1 » existe déjà.</translation>
    </message>
    <message>
        <location filename="../core/import/ProfileStore.cpp" line="39"/>
        <source>The import profile &quot;%1&quot; cannot be read: %2</source>
        <translation>Le profil d&apos;importation « %1 » ne peut pas être lu : %2</translation>
    </message>
</context>
<context>
    <name>storelens::core::RecordConverter</name>
    <message>
        <location filename="../core/import/RecordRow.h" line="95"/>
        <source>%1 is empty; it is required.</source>
        <translation>%1 est vide ; ce champ est obligatoire.</translation>
    </message>
    <message>
        <location filename="../core/import/RecordRow.h" line="135"/>
        <source>The month &quot;%1&quot; lies outside 1900-01 … 2100-12.</source>
        <translation>Le mois « %1 » est en dehors de 1900-01 … 2100-12.</translation>
    </message>
    <message>
        <location filename="../core/import/RecordRow.h" line="153"/>
        <source>&quot;%1&quot; is not yes or no.</source>
        <translation>« %1 » n&apos;est ni oui ni non.</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverterOrders.cpp" line="43"/>
        <source>The line amount %1 − discount %2 is beyond the range StoreLens computes exactly.</source>
        <translation>Le montant de ligne %1 − remise %2 dépasse la plage que StoreLens calcule exactement.</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverterOrders.cpp" line="50"/>
        <source>Quantity %1 × unit cost %2 is beyond the range StoreLens computes exactly.</source>
        <translation>Quantité %1 × coût unitaire %2 dépasse la plage que StoreLens calcule exactement.</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverterOrders.cpp" line="109"/>
        <source>%1, line %2: the refund is of order %3, which the source &quot;%4&quot; does not hold. Import the orders export that holds it into that source first (or choose the source the orders went to), then this file again.</source>
        <translation>%1, ligne %2 : le remboursement porte sur la commande %3, que la source « %4 » ne contient pas. Importez d&apos;abord dans cette source l&apos;export de commandes qui la contient (ou choisissez la source où sont allées les commandes), puis à nouveau ce fichier.</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverterOrders.cpp" line="273"/>
        <source>The unit price</source>
        <translation>Le prix unitaire</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverterOrders.cpp" line="280"/>
        <source>Quantity %1 × unit price %2 is beyond the range StoreLens computes exactly.</source>
        <translation>Quantité %1 × prix unitaire %2 dépasse la plage que StoreLens calcule exactement.</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverterOrders.cpp" line="296"/>
        <source>The line total</source>
        <translation>Le total de ligne</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverterOrders.cpp" line="308"/>
        <source>The line total %1 before a discount rate of %2 is beyond the range StoreLens computes exactly.</source>
        <translation>Le total de ligne %1 avant un taux de remise de %2 dépasse la plage que StoreLens calcule exactement.</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverterItems.cpp" line="75"/>
        <source>Item %1 of the product details does not start with a key such as &quot;Product ID:&quot; or &quot;Product Qty:&quot;, so it cannot be read.</source>
        <translation>L’article %1 des détails des produits ne commence pas par une clé comme « Product ID: » ou « Product Qty: » ; il ne peut donc pas être lu.</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverterItems.cpp" line="89"/>
        <source>Item %1 of the product details names &quot;%2&quot; twice.</source>
        <translation>L’article %1 des détails des produits indique « %2 » deux fois.</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverterItems.cpp" line="123"/>
        <source>The product details list no item.</source>
        <translation>Les détails des produits ne listent aucun article.</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverterItems.cpp" line="168"/>
        <source>Item %1 of the product details has no SKU and no name.</source>
        <translation>L’article %1 des détails des produits n’a ni SKU ni nom.</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverterItems.cpp" line="171"/>
        <source>Item %1 of the product details has no quantity above 0 (%2).</source>
        <translation>L’article %1 des détails des produits n’a pas de quantité supérieure à 0 (%2).</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverterItems.cpp" line="176"/>
        <source>Item %1 of the product details has no amount StoreLens can read (%2).</source>
        <translation>L’article %1 des détails des produits n’a pas de montant lisible par StoreLens (%2).</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverterItems.cpp" line="212"/>
        <location filename="../core/import/RecordConverterOrders.cpp" line="325"/>
        <source>The unit price behind the line total %1 for quantity %2 is beyond the range StoreLens computes exactly.</source>
        <translation>Le prix unitaire correspondant au total de ligne %1 pour la quantité %2 dépasse la plage que StoreLens calcule exactement.</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverterOrders.cpp" line="351"/>
        <source>The quantity is 0, but the line carries %1: a line that sells or returns nothing cannot carry money.</source>
        <translation>La quantité est 0, mais la ligne porte %1 : une ligne qui ne vend ni ne retourne rien ne peut pas porter de montant.</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverterOrders.cpp" line="399"/>
        <source>The order ID</source>
        <translation>Le numéro de commande</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverterOrders.cpp" line="400"/>
        <source>The order date</source>
        <translation>La date de commande</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverterOrders.cpp" line="411"/>
        <source>&quot;%1&quot; is not a time of day.</source>
        <translation>« %1 » n&apos;est pas une heure.</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverterOrders.cpp" line="487"/>
        <source>The line names no SKU and no product.</source>
        <translation>La ligne n&apos;indique ni référence ni produit.</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverterOrders.cpp" line="493"/>
        <source>The quantity</source>
        <translation>La quantité</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverterEntities.cpp" line="16"/>
        <source>The customer ID</source>
        <translation>Le numéro de client</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverterEntities.cpp" line="64"/>
        <location filename="../core/import/RecordConverterEntities.cpp" line="87"/>
        <source>The SKU</source>
        <translation>La référence</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverterEntities.cpp" line="85"/>
        <source>The snapshot date</source>
        <translation>La date du relevé</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverterEntities.cpp" line="89"/>
        <source>The quantity on hand</source>
        <translation>La quantité en stock</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverterEntities.cpp" line="108"/>
        <source>The day</source>
        <translation>Le jour</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverterEntities.cpp" line="111"/>
        <source>The number of visitors</source>
        <translation>Le nombre de visiteurs</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverterEntities.cpp" line="117"/>
        <source>The number of visitors is negative.</source>
        <translation>Le nombre de visiteurs est négatif.</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverterEntities.cpp" line="135"/>
        <source>The month</source>
        <translation>Le mois</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverterEntities.cpp" line="137"/>
        <source>The headcount</source>
        <translation>L&apos;effectif</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverterEntities.cpp" line="141"/>
        <source>The headcount is negative.</source>
        <translation>L&apos;effectif est négatif.</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverterEntities.cpp" line="159"/>
        <source>The day or month</source>
        <translation>Le jour ou le mois</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverterEntities.cpp" line="161"/>
        <source>The amount</source>
        <translation>Le montant</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverter.cpp" line="30"/>
        <source>No column is mapped to the required field(s): %1.</source>
        <translation>Aucune colonne n&apos;est associée au(x) champ(s) obligatoire(s) : %1.</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverter.cpp" line="35"/>
        <source>Map a unit price or a line total; a file without any prices imports when you confirm it (--no-prices, or &quot;The file has no prices&quot; in the import wizard).</source>
        <translation>Associez un prix unitaire ou un total de ligne ; un fichier sans aucun prix s&apos;importe si vous le confirmez (--no-prices, ou « Le fichier n&apos;a pas de prix » dans l&apos;assistant d&apos;importation).</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverter.cpp" line="55"/>
        <source>The file has no column &quot;%1&quot;, which the import profile maps to %2.</source>
        <translation>Le fichier n&apos;a pas de colonne « %1 », que le profil d&apos;importation associe à %2.</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverter.cpp" line="171"/>
        <source>column %1</source>
        <translation>colonne %1</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverter.cpp" line="172"/>
        <source>column %1 &quot;%2&quot;</source>
        <translation>colonne %1 « %2 »</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverter.cpp" line="176"/>
        <source>The row has %1 fields; the mapped columns need %2, so it lacks %3.</source>
        <translation>La ligne a %1 champs ; les colonnes associées en nécessitent %2 : il lui manque donc %3.</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverter.cpp" line="262"/>
        <source>With this line the workspace&apos;s total amounts or quantities would leave the range StoreLens computes exactly (±99,999,999,999,999.9999).</source>
        <translation>Avec cette ligne, les montants ou quantités totaux de l&apos;espace de travail sortiraient de la plage que StoreLens calcule exactement (±99 999 999 999 999,9999).</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverter.cpp" line="278"/>
        <source>The field holds a NUL byte (0x00): the file may be binary or in another encoding.</source>
        <translation>Le champ contient un octet NUL (0x00) : le fichier est peut-être binaire ou dans un autre encodage.</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverter.cpp" line="281"/>
        <source>The field holds bytes that are not valid %1 (shown as �): the line may be in another encoding. Fix it, or choose the file&apos;s encoding.</source>
        <translation>Le champ contient des octets qui ne sont pas du %1 valide (affichés �) : la ligne est peut-être dans un autre encodage. Corrigez-la ou choisissez l&apos;encodage du fichier.</translation>
    </message>
</context>
<context>
    <name>storelens::core::SampleStore</name>
    <message>
        <location filename="../core/sample/SampleStore.cpp" line="161"/>
        <source>Creating the sample store was cancelled.</source>
        <translation>La création du magasin d&apos;exemple a été annulée.</translation>
    </message>
    <message>
        <location filename="../core/sample/SampleStore.cpp" line="546"/>
        <source>The sample store needs at least one year, a valid last day, no negative customer count and an order scale above zero.</source>
        <translation>Le magasin d&apos;exemple nécessite au moins une année, un dernier jour valide, un nombre de clients non négatif et un facteur de commandes supérieur à zéro.</translation>
    </message>
</context>
<context>
    <name>storelens::core::SampleWorkspace</name>
    <message>
        <location filename="../core/sample/SampleWorkspace.cpp" line="42"/>
        <source>The workspace already holds order lines; the sample store goes into a new workspace.</source>
        <translation>L&apos;espace de travail contient déjà des lignes de commande ; le magasin d&apos;exemple va dans un nouvel espace de travail.</translation>
    </message>
</context>
<context>
    <name>storelens::core::Schema</name>
    <message>
        <location filename="../core/store/Schema.cpp" line="141"/>
        <source>The workspace could not be upgraded: %1</source>
        <translation>L&apos;espace de travail n&apos;a pas pu être mis à niveau : %1</translation>
    </message>
    <message>
        <location filename="../core/store/Schema.cpp" line="161"/>
        <source>The workspace was written by a newer StoreLens (schema %1; this version reads up to %2).</source>
        <translation>L&apos;espace de travail a été écrit par une version plus récente de StoreLens (schéma %1 ; cette version lit jusqu&apos;au schéma %2).</translation>
    </message>
</context>
<context>
    <name>storelens::core::SourceNames</name>
    <message>
        <location filename="../core/model/SourceNames.cpp" line="17"/>
        <source>Default</source>
        <comment>a source: lines imported without a name</comment>
        <translation>Par défaut</translation>
    </message>
    <message>
        <location filename="../core/model/SourceNames.cpp" line="18"/>
        <source>Web shop</source>
        <comment>a source: the web shop&apos;s orders</comment>
        <translation>Boutique en ligne</translation>
    </message>
    <message>
        <location filename="../core/model/SourceNames.cpp" line="19"/>
        <source>Till</source>
        <comment>a source: the till&apos;s (POS) sales</comment>
        <translation>Caisse</translation>
    </message>
</context>
<context>
    <name>storelens::core::SourceNotes</name>
    <message>
        <location filename="../core/import/SourceNotes.cpp" line="28"/>
        <source>The workspace&apos;s import history could not be read: %1</source>
        <translation>L&apos;historique des imports de l&apos;espace de travail n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <location filename="../core/import/SourceNotes.cpp" line="99"/>
        <source>The sales are read from &quot;%1&quot;, with VAT: gross and net sales include the VAT. Map a price or total without VAT instead to see sales without it.</source>
        <translation>Les ventes sont lues dans « %1 », TVA comprise : le chiffre d&apos;affaires brut et net inclut la TVA. Associez plutôt un prix ou un total hors TVA pour voir les ventes sans elle.</translation>
    </message>
    <message>
        <location filename="../core/import/SourceNotes.cpp" line="108"/>
        <source>&quot;%1&quot; is after discounts and no column names them: discounts are unknown, and gross sales equal net sales before returns.</source>
        <translation>« %1 » est après remises et aucune colonne ne les donne : les remises sont inconnues, et le chiffre d&apos;affaires brut est égal au net avant retours.</translation>
    </message>
    <message>
        <location filename="../core/import/SourceNotes.cpp" line="157"/>
        <source>Earlier imports into &quot;%1&quot; read fields this file has no column for: %2. Its orders go without them. If the file is another export of the same system, import it with the earlier files&apos; settings (their saved profile); if it comes from elsewhere, import it as a source of its own.</source>
        <translation>Les imports précédents dans « %1 » lisaient des champs pour lesquels ce fichier n&apos;a pas de colonne : %2. Ses commandes s&apos;en passent. Si le fichier est un autre export du même système, importez-le avec les réglages des fichiers précédents (leur profil enregistré) ; s&apos;il vient d&apos;ailleurs, importez-le comme une source à part.</translation>
    </message>
</context>
<context>
    <name>storelens::core::SourceWarnings</name>
    <message>
        <location filename="../core/session/SourceWarnings.cpp" line="37"/>
        <source>&quot;%1&quot; exports order totals with tax and shipping: its net sales include the shipping its orders charged.</source>
        <translation>« %1 » exporte des totaux de commande taxes et frais de port compris : son chiffre d&apos;affaires net inclut les frais de port facturés.</translation>
    </message>
    <message>
        <location filename="../core/session/SourceWarnings.cpp" line="42"/>
        <source>&quot;%1&quot; exports do not say which orders were cancelled or refunded: they count as sales, and its returns are missing.</source>
        <translation>Les exports de « %1 » ne disent pas quelles commandes ont été remboursées ou annulées après paiement : elles comptent comme des ventes, et ses retours manquent.</translation>
    </message>
    <message>
        <location filename="../core/session/SourceWarnings.cpp" line="47"/>
        <source>&quot;%1&quot; exports totals after discounts without the discounts: its discounts are unknown.</source>
        <translation>« %1 » exporte des totaux après remises sans les remises : ses remises sont inconnues.</translation>
    </message>
    <message>
        <location filename="../core/session/SourceWarnings.cpp" line="51"/>
        <source>&quot;%1&quot; exports name no customer for sure: its orders are guest sales, left out of customer figures.</source>
        <translation>Les exports de « %1 » ne désignent aucun client avec certitude : ses commandes sont des ventes sans compte client, laissées hors des indicateurs clients.</translation>
    </message>
    <message>
        <location filename="../core/session/SourceWarnings.cpp" line="55"/>
        <source>&quot;%1&quot; exports each order&apos;s coupon but not its amount: its discounts are unknown, and its net sales hold what the coupons took off.</source>
        <translation>« %1 » exporte le code promo de chaque commande mais pas son montant : ses remises sont inconnues, et son chiffre d&apos;affaires net contient ce que les codes promo ont déduit.</translation>
    </message>
    <message>
        <location filename="../core/session/SourceWarnings.cpp" line="60"/>
        <source>&quot;%1&quot; exports no coupon amounts, and not every one could be worked out from its orders&apos; totals: its discounts leave those out, and its net sales hold what their coupons took off.</source>
        <translation>« %1 » n&apos;exporte aucun montant de code promo, et tous n&apos;ont pas pu être calculés à partir des totaux de ses commandes : ses remises laissent ceux-là de côté, et son chiffre d&apos;affaires net contient ce que leurs codes promo ont déduit.</translation>
    </message>
    <message>
        <location filename="../core/session/SourceWarnings.cpp" line="66"/>
        <source>&quot;%1&quot; exports prices with the tax (VAT) inside and no price without it: its gross and net sales include the tax.</source>
        <translation>« %1 » exporte des prix taxe (TVA) comprise et aucun prix sans elle : son chiffre d&apos;affaires brut et net inclut la taxe.</translation>
    </message>
    <message>
        <location filename="../core/session/SourceWarnings.cpp" line="70"/>
        <source>The prices of &quot;%1&quot; include VAT: its gross and net sales include the VAT.</source>
        <translation>Les prix de « %1 » incluent la TVA : son chiffre d&apos;affaires brut et net inclut la TVA.</translation>
    </message>
    <message>
        <location filename="../core/session/SourceWarnings.cpp" line="74"/>
        <source>&quot;%1&quot; exports each line&apos;s cost, not a unit cost: its costs are left out, and its sales have no gross margin.</source>
        <translation>« %1 » exporte le coût de chaque ligne, pas un coût unitaire : ses coûts sont laissés de côté, et ses ventes n&apos;ont pas de marge brute.</translation>
    </message>
    <message>
        <location filename="../core/session/SourceWarnings.cpp" line="80"/>
        <source>&quot;%1&quot; exports name no products: its orders count as one unit of a stand-in product.</source>
        <translation>Les exports de « %1 » ne nomment aucun produit : chaque commande compte comme une unité d&apos;un produit de substitution.</translation>
    </message>
    <message>
        <location filename="../core/session/SourceWarnings.cpp" line="91"/>
        <source>Every source&apos;s prices include VAT: gross and net sales include the VAT.</source>
        <translation>Les prix de toutes les sources sont TTC : le chiffre d&apos;affaires brut et net inclut la TVA.</translation>
    </message>
    <message>
        <location filename="../core/session/SourceWarnings.cpp" line="95"/>
        <source>&quot;%1&quot;</source>
        <comment>a source&apos;s name quoted in a list</comment>
        <translation>« %1 »</translation>
    </message>
    <message>
        <location filename="../core/session/SourceWarnings.cpp" line="96"/>
        <source>The prices of %1 include VAT: their gross and net sales include the VAT.</source>
        <translation>Les prix de %1 incluent la TVA : leur chiffre d&apos;affaires brut et net inclut la TVA.</translation>
    </message>
    <message>
        <location filename="../core/session/SourceWarnings.cpp" line="133"/>
        <source>&quot;%1&quot; has no data after %2, while the workspace&apos;s data runs to %3: figures after %2 leave it out. Import its newer export to compare like with like.</source>
        <translation>« %1 » n&apos;a pas de données après le %2, alors que les données de l&apos;espace de travail vont jusqu&apos;au %3 : les chiffres après le %2 la laissent de côté. Importez son export plus récent pour comparer ce qui est comparable.</translation>
    </message>
</context>
<context>
    <name>storelens::core::TaskControl</name>
    <message>
        <location filename="../core/session/TaskControl.cpp" line="44"/>
        <source>The computation was cancelled.</source>
        <translation>Le calcul a été annulé.</translation>
    </message>
</context>
<context>
    <name>storelens::core::UnreadMoney</name>
    <message>
        <location filename="../core/import/UnreadMoney.cpp" line="116"/>
        <source>Column &quot;%1&quot; holds amounts without VAT or sales tax (for example %2), but the sales are read from &quot;%3&quot;. If &quot;%3&quot; includes the tax, map &quot;%1&quot; as %4 for sales without it.</source>
        <translation>La colonne « %1 » contient des montants hors TVA ou taxe (par exemple %2), mais les ventes sont lues dans « %3 ». Si « %3 » inclut la taxe, associez « %1 » à %4 pour des ventes hors taxe.</translation>
    </message>
    <message>
        <location filename="../core/import/UnreadMoney.cpp" line="102"/>
        <source>%1 on line %2</source>
        <translation>%1 à la ligne %2</translation>
    </message>
    <message>
        <location filename="../core/import/UnreadMoney.cpp" line="110"/>
        <source>Column &quot;%1&quot; holds amounts without VAT or sales tax (for example %2); the sales are read from &quot;%3&quot;, which includes the tax. To see sales without it, map &quot;%1&quot; as %4.</source>
        <translation>La colonne « %1 » contient des montants hors TVA ou taxe (par exemple %2) ; les ventes sont lues dans « %3 », qui inclut la taxe. Pour voir les ventes hors taxe, associez « %1 » à %4.</translation>
    </message>
    <message>
        <location filename="../core/import/UnreadMoney.cpp" line="124"/>
        <source>Column &quot;%1&quot; holds money (for example %2) but is not read.</source>
        <translation>La colonne « %1 » contient des montants (par exemple %2) mais n&apos;est pas lue.</translation>
    </message>
    <message>
        <location filename="../core/import/UnreadMoney.cpp" line="133"/>
        <source>A gift voucher or card paid with is a payment, not a discount: then leave it unread. Map it as %1 only if it is a discount.</source>
        <translation>Un bon d&apos;achat ou une carte cadeau utilisé pour payer est un paiement, pas une remise : laissez alors la colonne non lue. Associez-la à %1 seulement si c&apos;est une remise.</translation>
    </message>
    <message>
        <location filename="../core/import/UnreadMoney.cpp" line="139"/>
        <source>Map it as %1 if it is the order&apos;s discount.</source>
        <translation>Associez-la à %1 si c&apos;est la remise de la commande.</translation>
    </message>
    <message>
        <location filename="../core/import/UnreadMoney.cpp" line="144"/>
        <source>Map it as %1 if it is each line&apos;s discount.</source>
        <translation>Associez-la à %1 si c&apos;est la remise de chaque ligne.</translation>
    </message>
    <message>
        <location filename="../core/import/UnreadMoney.cpp" line="148"/>
        <source>Map it as %1 if it is the money refunded on the order.</source>
        <translation>Associez-la à %1 si c&apos;est le montant remboursé sur la commande.</translation>
    </message>
</context>
<context>
    <name>storelens::core::WebShopEvidence</name>
    <message>
        <location filename="../core/import/WebShopEvidence.cpp" line="123"/>
        <source>The file looks like a web shop&apos;s order export (it has the columns %1: shipping, with an order&apos;s fulfilment, payment or billing or where it is sent): its lines go to the source &quot;%2&quot; and the channel &quot;%3&quot;.</source>
        <translation>Le fichier ressemble à l&apos;export des commandes d&apos;une boutique en ligne (il a les colonnes %1 : la livraison, avec l&apos;exécution, le paiement ou la facturation d&apos;une commande ou son adresse de livraison) : ses lignes vont dans la source « %2 » et le canal « %3 ».</translation>
    </message>
</context>
<context>
    <name>storelens::core::WixCoupons</name>
    <message>
        <location filename="../core/import/WixCoupons.cpp" line="61"/>
        <source>1 order</source>
        <translation>1 commande</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/import/WixCoupons.cpp" line="62"/>
        <source>%n orders</source>
        <translation>
            <numerusform>%n commande</numerusform>
            <numerusform>%n commandes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/import/WixCoupons.cpp" line="315"/>
        <source>Coupon amounts worked out from each order&apos;s Total (no order charged tax): %1, %2 in all.</source>
        <translation>Montants des codes promo calculés à partir du « Total » de chaque commande (aucune commande avec taxe) : %1, %2 au total.</translation>
    </message>
    <message>
        <location filename="../core/import/WixCoupons.cpp" line="318"/>
        <source>Coupon amounts worked out from each order&apos;s Total (prices exclude tax): %1, %2 in all.</source>
        <translation>Montants des codes promo calculés à partir du « Total » de chaque commande (prix HT) : %1, %2 au total.</translation>
    </message>
    <message>
        <location filename="../core/import/WixCoupons.cpp" line="320"/>
        <source>Coupon amounts worked out from each order&apos;s Total (prices include tax): %1, %2 in all.</source>
        <translation>Montants des codes promo calculés à partir du « Total » de chaque commande (prix TTC) : %1, %2 au total.</translation>
    </message>
    <message>
        <location filename="../core/import/WixCoupons.cpp" line="326"/>
        <source>%1: no coupon amount could be worked out, because no order without a coupon shows whether Total includes tax.</source>
        <translation>%1 : aucun montant de code promo n&apos;a pu être calculé, car aucune commande sans code promo ne montre si « Total » inclut la taxe.</translation>
    </message>
    <message>
        <location filename="../core/import/WixCoupons.cpp" line="330"/>
        <source>%1: no coupon amount could be worked out, because order %2, without a coupon, adds up to its Total neither with its tax nor without it, so the file does not show whether Total includes tax.</source>
        <translation>%1 : aucun montant de code promo n&apos;a pu être calculé, car la commande %2, sans code promo, ne retrouve son « Total » ni avec sa taxe ni sans elle : le fichier ne montre donc pas si « Total » inclut la taxe.</translation>
    </message>
    <message>
        <location filename="../core/import/WixCoupons.cpp" line="335"/>
        <source>%1: no coupon amount could be worked out, because the orders without a coupon disagree on whether Total includes tax: order %2&apos;s includes its tax, order %3&apos;s does not.</source>
        <translation>%1 : aucun montant de code promo n&apos;a pu être calculé, car les commandes sans code promo ne s&apos;accordent pas sur l&apos;inclusion de la taxe dans « Total » : celui de la commande %2 inclut sa taxe, celui de la commande %3 non.</translation>
    </message>
    <message>
        <location filename="../core/import/WixCoupons.cpp" line="342"/>
        <source>%1: for %2 the coupon amount worked out from the Total is below 0 or above the order&apos;s items: it does not fit and is left out.</source>
        <translation>%1 : pour %2, le montant du code promo calculé à partir de « Total » est inférieur à 0 ou supérieur aux articles de la commande : il ne convient pas et est laissé de côté.</translation>
    </message>
    <message>
        <location filename="../core/import/WixCoupons.cpp" line="347"/>
        <source>%1: %2 paid in part with a gift card, and no order without a coupon shows whether Total includes what a gift card paid: their coupon amounts are not worked out.</source>
        <translation>%1 : %2 : payé en partie par carte cadeau, et aucune commande sans code promo ne montre si « Total » inclut ce qu&apos;une carte cadeau a payé : leurs montants de code promo ne sont pas calculés.</translation>
    </message>
    <message>
        <location filename="../core/import/WixCoupons.cpp" line="353"/>
        <source>%1: %2 charged tax while the orders without a coupon charged none, so the file does not show whether Total includes tax: their coupon amounts are not worked out.</source>
        <translation>%1 : %2 : avec taxe, alors que les commandes sans code promo n&apos;en avaient aucune ; le fichier ne montre donc pas si « Total » inclut la taxe : leurs montants de code promo ne sont pas calculés.</translation>
    </message>
    <message>
        <location filename="../core/import/WixCoupons.cpp" line="358"/>
        <source>%1: the rows of %2 do not read as one order (a row rejected or apart from the others, or figures that differ between its rows): their coupon amounts are not worked out.</source>
        <translation>%1 : les lignes de %2 ne se lisent pas comme une seule commande (une ligne rejetée ou séparée des autres, ou des montants qui diffèrent d&apos;une ligne à l&apos;autre) : leurs montants de code promo ne sont pas calculés.</translation>
    </message>
    <message>
        <location filename="../core/import/SquareOnlineCoupons.cpp" line="80"/>
        <source>Coupon amounts worked out as each order&apos;s items less its Order Subtotal (the export names no coupon): %1, %2 in all.</source>
        <translation>Montants des codes promo calculés comme les articles de chaque commande moins son « Order Subtotal » (l&apos;export ne nomme aucun code promo) : %1, %2 au total.</translation>
    </message>
    <message>
        <location filename="../core/import/SquareOnlineCoupons.cpp" line="84"/>
        <source>%1: for %2 the Order Subtotal is above the sum of the order&apos;s items, or the items are below 0: no coupon fits, and their lines keep the items&apos; amounts.</source>
        <translation>%1 : pour %2, l&apos;« Order Subtotal » dépasse la somme des articles de la commande, ou les articles sont inférieurs à 0 : aucun code promo ne correspond, et leurs lignes gardent les montants des articles.</translation>
    </message>
    <message>
        <location filename="../core/import/SquareOnlineCoupons.cpp" line="89"/>
        <source>%1: the rows of %2 do not read as one order (a row rejected or apart from the others, or figures that differ between its rows): whether they had a coupon, and its amount, is not worked out.</source>
        <translation>%1 : les lignes de %2 ne se lisent pas comme une seule commande (une ligne rejetée ou séparée des autres, ou des montants qui diffèrent d&apos;une ligne à l&apos;autre) : ni la présence d&apos;un code promo ni son montant ne sont calculés.</translation>
    </message>
</context>
<context>
    <name>storelens::core::Workspace</name>
    <message>
        <location filename="../core/store/Workspace.cpp" line="35"/>
        <source>The file is not a StoreLens workspace (%1); it was left as it is.</source>
        <translation>Le fichier n&apos;est pas un espace de travail StoreLens (%1) ; il a été laissé tel quel.</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="46"/>
        <source>The workspace cannot be opened: %1</source>
        <translation>L&apos;espace de travail ne peut pas être ouvert : %1</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="60"/>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="48"/>
        <source>it is not an SQLite database</source>
        <translation>ce n&apos;est pas une base de données SQLite</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="73"/>
        <source>another program&apos;s database</source>
        <translation>base de données d&apos;un autre programme</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="83"/>
        <source>The workspace does not exist.</source>
        <translation>L&apos;espace de travail n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="85"/>
        <source>The path is not a file.</source>
        <translation>Le chemin n&apos;est pas un fichier.</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="90"/>
        <source>The folder %1 does not exist; create it first or choose another place.</source>
        <translation>Le dossier %1 n&apos;existe pas ; créez-le d&apos;abord ou choisissez un autre emplacement.</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="123"/>
        <source>The workspace could not be opened: %1</source>
        <translation>L&apos;espace de travail n&apos;a pas pu être ouvert : %1</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="141"/>
        <source>The file is not a StoreLens workspace: %1</source>
        <translation>Le fichier n&apos;est pas un espace de travail StoreLens : %1</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="182"/>
        <source>A setting could not be saved: %1</source>
        <translation>Un paramètre n&apos;a pas pu être enregistré : %1</translation>
    </message>
</context>
<context>
    <name>storelens::core::WorkspaceSummary</name>
    <message>
        <location filename="../core/store/WorkspaceSummary.cpp" line="44"/>
        <location filename="../core/store/WorkspaceSummary.cpp" line="74"/>
        <source>The workspace could not be read: %1</source>
        <translation>L&apos;espace de travail n&apos;a pas pu être lu : %1</translation>
    </message>
</context>
<context>
    <name>storelens::core::WorkspaceWriter</name>
    <message>
        <location filename="../core/store/WorkspaceWriterStatements.h" line="112"/>
        <source>The connection is not an SQLite connection.</source>
        <translation>La connexion n&apos;est pas une connexion SQLite.</translation>
    </message>
    <message>
        <location filename="../core/store/WorkspaceWriter.cpp" line="153"/>
        <source>The workspace could not be written: %1</source>
        <translation>L&apos;espace de travail n&apos;a pas pu être écrit : %1</translation>
    </message>
</context>
<context>
    <name>storelens::core::analytics::CustomerLinks</name>
    <message>
        <location filename="../core/analytics/customers/CustomerLinks.cpp" line="52"/>
        <source>No sale in this workspace names a customer (guest sales only), so there are no customers to show here.</source>
        <translation>Aucune vente de cet espace de travail ne nomme de client (uniquement des ventes sans compte client) : il n&apos;y a donc aucun client à afficher ici.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/analytics/customers/CustomerLinks.cpp" line="57"/>
        <source>%Ln customer(s) imported from a customers file: no order names any of them.</source>
        <translation>
            <numerusform>%Ln client importé d&apos;un fichier de clients : aucune commande ne le nomme.</numerusform>
            <numerusform>%Ln clients importés d&apos;un fichier de clients : aucune commande ne nomme l&apos;un d&apos;eux.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/analytics/customers/CustomerLinks.cpp" line="61"/>
        <source>Import an orders export that names each order&apos;s customer (a customer number or an e-mail address); a name such as &quot;A. Fabre&quot; cannot tell customers apart. Widening the dates or clearing filters will not help.</source>
        <translation>Importez un export de commandes qui nomme le client de chaque commande (un numéro de client ou une adresse e-mail) ; un nom comme « A. Fabre » ne permet pas de distinguer les clients. Élargir les dates ou supprimer des filtres n&apos;y changera rien.</translation>
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
        <translation>panier moyen : ce que rapporte une commande en moyenne</translation>
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
        <translation>prix moyen par article : le prix moyen auquel un article a été vendu</translation>
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
        <translation>articles par ticket : le nombre moyen d&apos;articles dans une commande</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/Glossary.cpp" line="25"/>
        <source>COGS</source>
        <comment>abbreviation: the letters the translated labels and formulas use</comment>
        <translation>CMV</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/Glossary.cpp" line="26"/>
        <source>cost of goods sold: what the goods you sold cost you</source>
        <translation>coût des marchandises vendues : ce que vous ont coûté les marchandises vendues</translation>
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
        <translation>rendement de la marge brute sur l&apos;investissement en stock : la marge brute gagnée pour chaque unité monétaire immobilisée en stock au prix de revient</translation>
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
        <translation>coût d&apos;acquisition client : les dépenses marketing pour chaque nouveau client</translation>
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
        <translation>valeur vie client : ce qu&apos;un client dépense chez vous au fil du temps</translation>
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
        <translation>valeur moyenne d&apos;achat : ce que rapporte un achat en moyenne</translation>
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
        <translation>récence, fréquence, montant : quand un client a acheté pour la dernière fois, à quelle fréquence et pour combien</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/Glossary.cpp" line="40"/>
        <source>pp</source>
        <comment>abbreviation: the letters the translated labels and formulas use</comment>
        <translation>pt</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/Glossary.cpp" line="41"/>
        <source>percentage points: the difference between two percentages (from 20 % to 25 % is +5 pp)</source>
        <translation>points de pourcentage : la différence entre deux pourcentages (de 20 % à 25 %, c&apos;est +5 pt)</translation>
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
        <translation>chiffre d&apos;affaires brut</translation>
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
        <translation>remises</translation>
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
        <translation>retours</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/Glossary.cpp" line="52"/>
        <source>O</source>
        <comment>formula letter for orders: the letters the translated labels and formulas use</comment>
        <translation>Cmd</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/Glossary.cpp" line="54"/>
        <source>orders</source>
        <translation>commandes</translation>
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
        <translation>clients acheteurs</translation>
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
        <translation>clients au début : ceux qui ont acheté pendant la fenêtre d&apos;activité précédant la période</translation>
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
        <translation>clients à la fin : ceux qui ont acheté pendant la fenêtre d&apos;activité se terminant le dernier jour de la période</translation>
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
        <translation>nouveaux clients : ceux dont le premier achat tombe dans la période</translation>
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
        <translation>la fenêtre d&apos;activité en jours (365 sauf réglage contraire)</translation>
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
        <translation>achats par an</translation>
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
        <translation>durée de vie attendue en années</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/Glossary.cpp" line="117"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>storelens::core::analytics::KpiEngine</name>
    <message numerus="yes">
        <location filename="../core/analytics/kpi/CustomerKpis.cpp" line="44"/>
        <source>This estimate scales %n day(s) of purchases up to a year, so a few busy or quiet days move it a lot.</source>
        <translation>
            <numerusform>Cette estimation extrapole %n jour d&apos;achats sur une année : quelques jours forts ou calmes la font beaucoup varier.</numerusform>
            <numerusform>Cette estimation extrapole %n jours d&apos;achats sur une année : quelques jours forts ou calmes la font beaucoup varier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/analytics/kpi/CustomerKpis.cpp" line="48"/>
        <source>Its lifespan rests on the churn of only %n customer(s), so read it as a rough guide.</source>
        <translation>
            <numerusform>Sa durée de vie repose sur l&apos;attrition de seulement %n client ; prenez-la comme un ordre de grandeur.</numerusform>
            <numerusform>Sa durée de vie repose sur l&apos;attrition de seulement %n clients ; prenez-la comme un ordre de grandeur.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/CustomerKpis.cpp" line="91"/>
        <source>All %1 customers who bought in this period bought for the first time in it, so none is returning.</source>
        <translation>Les %1 clients qui ont acheté sur cette période y ont tous acheté pour la première fois ; aucun n’est donc un client récurrent.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/CustomerKpis.cpp" line="111"/>
        <source>No customer bought in the activity window before the period, so there is no one to retain.</source>
        <translation>Aucun client n&apos;a acheté pendant la fenêtre d&apos;activité précédant la période : il n&apos;y a donc personne à retenir.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/CustomerKpis.cpp" line="123"/>
        <source>Above 100 %: the formula (E − N) ÷ S also counts the %1 reactivated customers, who had lapsed and came back; %2 of the %3 customers at the start were kept.</source>
        <translation>Au-delà de 100 % : la formule (E − N) ÷ S compte aussi les %1 clients réactivés, qui étaient devenus inactifs et sont revenus ; %2 des %3 clients du début ont été conservés.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/CustomerKpis.cpp" line="149"/>
        <location filename="../core/analytics/kpi/CustomerKpis.cpp" line="195"/>
        <source>No customer was acquired in the period.</source>
        <translation>Aucun client n&apos;a été acquis pendant la période.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/CustomerKpis.cpp" line="163"/>
        <source>No one was a customer at the start of the year ending with the period, so there is no churn rate to estimate a lifespan from.</source>
        <translation>Personne n&apos;était client au début de l&apos;année se terminant avec la période : il n&apos;y a donc pas de taux d&apos;attrition à partir duquel estimer une durée de vie.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/CustomerKpis.cpp" line="168"/>
        <source>The churn rate of the year ending with the period is 0, so no lifespan can be estimated.</source>
        <translation>Le taux d&apos;attrition de l&apos;année se terminant avec la période est de 0 : aucune durée de vie ne peut être estimée.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/CustomerKpis.cpp" line="187"/>
        <source>There is no marketing spend in the period; import marketing spend to see it.</source>
        <translation>Il n&apos;y a aucune dépense marketing sur la période ; importez les dépenses marketing pour voir cet indicateur.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/CustomerKpis.cpp" line="205"/>
        <source>The customer acquisition cost of the period is 0.</source>
        <translation>Le coût d&apos;acquisition client de la période est de 0.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiEngine.cpp" line="21"/>
        <source>There are no orders in the period.</source>
        <translation>Il n&apos;y a aucune commande sur la période.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiEngine.cpp" line="26"/>
        <source>There are no sales in the period.</source>
        <translation>Il n&apos;y a aucune vente sur la période.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiEngine.cpp" line="31"/>
        <source>There are no identified customers in the period; import order lines with customer ids to see it.</source>
        <translation>Il n&apos;y a aucun client identifié sur la période ; importez des lignes de commande avec numéros de client pour voir cet indicateur.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiEngine.cpp" line="128"/>
        <source>No prices imported: the order lines of this period have no amounts.</source>
        <translation>Aucun prix importé : les lignes de commande de cette période n&apos;ont pas de montants.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiEngine.cpp" line="130"/>
        <source>%1 of the period&apos;s %2 order lines have no prices imported; this figure leaves them out.</source>
        <translation>%1 des %2 lignes de commande de la période n&apos;ont pas de prix importé ; ce chiffre les exclut.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiEngine.cpp" line="327"/>
        <source>The computation was cancelled.</source>
        <translation>Le calcul a été annulé.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiEngine.cpp" line="331"/>
        <source>The workspace holds no order lines yet; import orders to see the figures.</source>
        <translation>L&apos;espace de travail ne contient encore aucune ligne de commande ; importez des commandes pour voir les chiffres.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiEngine.cpp" line="335"/>
        <source>The activity window must be at least one day.</source>
        <translation>La fenêtre d&apos;activité doit être d&apos;au moins un jour.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiEngine.cpp" line="405"/>
        <source>No comparison was asked for.</source>
        <translation>Aucune comparaison n&apos;a été demandée.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/SalesKpis.cpp" line="125"/>
        <source>No line in the period has a unit cost; import order lines with unit costs to see it.</source>
        <translation>Aucune ligne de la période n&apos;a de coût unitaire ; importez des lignes de commande avec coûts unitaires pour voir cet indicateur.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/SalesKpis.cpp" line="130"/>
        <source>Costs are known for only %1 % of gross sales, so the margin is overstated.</source>
        <translation>Les coûts ne sont connus que pour %1 % du chiffre d&apos;affaires brut : la marge est donc surestimée.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/SalesKpis.cpp" line="160"/>
        <source>The same period one year earlier has no order lines.</source>
        <translation>La même période un an plus tôt n&apos;a aucune ligne de commande.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/SalesKpis.cpp" line="161"/>
        <source>The net sales of the same period one year earlier are 0.</source>
        <translation>Le chiffre d&apos;affaires net de la même période un an plus tôt est de 0.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/SalesKpis.cpp" line="180"/>
        <source>There is no staffing for the period; import staffing (headcount per store and month) to see it.</source>
        <translation>Il n&apos;y a pas de données de personnel pour la période ; importez le personnel (effectif par magasin et par mois) pour voir cet indicateur.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/SalesKpis.cpp" line="184"/>
        <source>The staffing of the period has a headcount of 0.</source>
        <translation>L&apos;effectif de la période est de 0.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/SalesKpis.cpp" line="197"/>
        <source>The selected sales come from stores without visitor counts in the period.</source>
        <translation>Les ventes sélectionnées proviennent de magasins sans comptage de visiteurs sur la période.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/SalesKpis.cpp" line="198"/>
        <source>There is no store traffic for the period; import traffic (visitors per store and day) to see it.</source>
        <translation>Il n&apos;y a pas de fréquentation en magasin pour la période ; importez la fréquentation (visiteurs par magasin et par jour) pour voir cet indicateur.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/SalesKpis.cpp" line="203"/>
        <source>The traffic of the period counts no visitors.</source>
        <translation>La fréquentation de la période ne compte aucun visiteur.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/SalesKpis.cpp" line="212"/>
        <source>There is no inventory snapshot with costs in the period; import inventory to see it.</source>
        <translation>Il n&apos;y a aucun relevé de stock avec coûts sur la période ; importez les stocks pour voir cet indicateur.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/SalesKpis.cpp" line="220"/>
        <source>The average inventory value of the period is 0.</source>
        <translation>La valeur moyenne du stock sur la période est de 0.</translation>
    </message>
</context>
<context>
    <name>storelens::core::analytics::KpiResult</name>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.cpp" line="48"/>
        <source>Sales</source>
        <translation>Ventes</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.cpp" line="50"/>
        <source>Cost and margin</source>
        <translation>Coûts et marge</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.cpp" line="52"/>
        <source>Growth and productivity</source>
        <translation>Croissance et productivité</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.cpp" line="55"/>
        <source>Acquisition</source>
        <translation>Acquisition</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.cpp" line="57"/>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="92"/>
        <source>Gross sales</source>
        <translation>Chiffre d&apos;affaires brut</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="93"/>
        <source>Quantity times unit price, summed over the sale lines of the period.</source>
        <translation>Quantité × prix unitaire, additionnés sur les lignes de vente de la période.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="94"/>
        <source>G = Σ quantity × unit price</source>
        <translation>B = Σ quantité × prix unitaire</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="96"/>
        <source>Discounts</source>
        <translation>Remises</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="97"/>
        <source>Line discounts summed over the sale lines of the period.</source>
        <translation>Remises de ligne additionnées sur les lignes de vente de la période.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="98"/>
        <source>D = Σ discount</source>
        <translation>R = Σ remise</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="100"/>
        <source>Returns</source>
        <translation>Retours</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="101"/>
        <source>The amount of the return lines of the period, as a positive number.</source>
        <translation>Le montant des lignes de retour de la période, en nombre positif.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="102"/>
        <source>R = −Σ line amount of return lines</source>
        <translation>Ret = −Σ montant des lignes de retour</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="104"/>
        <source>Net sales</source>
        <translation>Chiffre d&apos;affaires net</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="106"/>
        <source>G − D − R</source>
        <translation>B − R − Ret</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="108"/>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="109"/>
        <source>Distinct orders with at least one sale line in the period; an order with only returns is not counted.</source>
        <translation>Commandes distinctes ayant au moins une ligne de vente sur la période ; une commande ne comportant que des retours n&apos;est pas comptée.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="110"/>
        <source>O = distinct orders with a sale line</source>
        <translation>Cmd = commandes distinctes avec une ligne de vente</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="112"/>
        <source>Average order value</source>
        <translation>Panier moyen</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="113"/>
        <source>Gross sales minus discounts, divided by the number of orders.</source>
        <translation>Chiffre d&apos;affaires brut moins remises, divisé par le nombre de commandes.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="114"/>
        <source>(G − D) ÷ orders</source>
        <translation>(B − R) ÷ commandes</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="116"/>
        <source>Units per transaction</source>
        <translation>Articles par ticket</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="117"/>
        <source>Units sold on sale lines divided by the number of orders.</source>
        <translation>Articles vendus sur les lignes de vente divisés par le nombre de commandes.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="118"/>
        <source>units ÷ orders</source>
        <translation>articles ÷ commandes</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="120"/>
        <source>Average unit retail</source>
        <translation>Prix moyen par article</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="121"/>
        <source>Gross sales minus discounts, divided by the units sold on sale lines: the average price of a unit after discounts.</source>
        <translation>Chiffre d&apos;affaires brut moins remises, divisé par les articles vendus sur les lignes de vente : le prix moyen d&apos;un article après remises.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="122"/>
        <source>(G − D) ÷ units</source>
        <translation>(B − R) ÷ articles</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="124"/>
        <source>Return rate</source>
        <translation>Taux de retour</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="125"/>
        <source>Returns divided by gross sales.</source>
        <translation>Retours divisés par le chiffre d&apos;affaires brut.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="126"/>
        <source>R ÷ G</source>
        <translation>Ret ÷ B</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="128"/>
        <source>Guest share</source>
        <translation>Part des ventes sans compte client</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="129"/>
        <source>The share of sales after discounts made without a customer id.</source>
        <translation>La part des ventes après remises réalisées sans numéro de client.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="130"/>
        <source>guest sales ÷ (G − D)</source>
        <translation>ventes sans compte client ÷ (B − R)</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="132"/>
        <source>Cost of goods sold</source>
        <translation>Coût des marchandises vendues</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="133"/>
        <source>Quantity times unit cost over the lines with a known cost; returns reduce it.</source>
        <translation>Quantité × coût unitaire sur les lignes dont le coût est connu ; les retours le réduisent.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="134"/>
        <source>COGS = Σ quantity × unit cost</source>
        <translation>CMV = Σ quantité × coût unitaire</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="136"/>
        <source>Gross margin</source>
        <translation>Marge brute</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="137"/>
        <source>Net sales minus the cost of goods sold.</source>
        <translation>Chiffre d&apos;affaires net moins le coût des marchandises vendues.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="140"/>
        <source>Cost coverage</source>
        <translation>Couverture des coûts</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="141"/>
        <source>The share of gross sales on sale lines whose cost is known.</source>
        <translation>La part du chiffre d&apos;affaires brut réalisée sur des lignes de vente dont le coût est connu.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="142"/>
        <source>G of lines with a known cost ÷ G</source>
        <translation>B des lignes au coût connu ÷ B</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="144"/>
        <source>Gross margin %</source>
        <translation>Marge brute %</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="145"/>
        <source>Gross margin divided by net sales.</source>
        <translation>Marge brute divisée par le chiffre d&apos;affaires net.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="148"/>
        <source>Year-over-year growth</source>
        <translation>Croissance sur un an</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="149"/>
        <source>Net sales minus the net sales of the same period one year earlier.</source>
        <translation>Chiffre d&apos;affaires net moins le chiffre d&apos;affaires net de la même période un an plus tôt.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="152"/>
        <source>Year-over-year growth %</source>
        <translation>Croissance sur un an %</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="153"/>
        <source>Year-over-year growth divided by the absolute net sales of the same period one year earlier.</source>
        <translation>Croissance sur un an divisée par la valeur absolue du chiffre d&apos;affaires net de la même période un an plus tôt.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="156"/>
        <source>Sales per employee</source>
        <translation>Ventes par employé</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="157"/>
        <source>Net sales divided by the average headcount of the months that overlap the period, summed over the stores.</source>
        <translation>Chiffre d&apos;affaires net divisé par l&apos;effectif moyen des mois qui chevauchent la période, additionné sur les magasins.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="160"/>
        <source>Conversion rate</source>
        <translation>Taux de conversion</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="161"/>
        <source>Orders divided by visitors, over the stores and days that have traffic counts.</source>
        <translation>Commandes divisées par visiteurs, sur les magasins et les jours disposant d&apos;un comptage de fréquentation.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="162"/>
        <source>orders ÷ visitors</source>
        <translation>commandes ÷ visiteurs</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="164"/>
        <source>Inventory turnover</source>
        <translation>Rotation des stocks</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="165"/>
        <source>Cost of goods sold divided by the average inventory value at cost (cost on both sides).</source>
        <translation>Coût des marchandises vendues divisé par la valeur moyenne du stock au prix de revient (coûts des deux côtés).</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="166"/>
        <source>COGS ÷ average inventory at cost</source>
        <translation>CMV ÷ stock moyen au prix de revient</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="168"/>
        <source>GMROI</source>
        <translation>GMROI</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="169"/>
        <source>Gross margin divided by the average inventory value at cost.</source>
        <translation>Marge brute divisée par la valeur moyenne du stock au prix de revient.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="170"/>
        <source>gross margin ÷ average inventory at cost</source>
        <translation>marge brute ÷ stock moyen au prix de revient</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="172"/>
        <source>Customer acquisition cost</source>
        <translation>Coût d&apos;acquisition client</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="173"/>
        <source>Marketing spend in the period divided by the new customers of the period.</source>
        <translation>Dépenses marketing de la période divisées par les nouveaux clients de la période.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="174"/>
        <source>marketing spend ÷ new customers</source>
        <translation>dépenses marketing ÷ nouveaux clients</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="176"/>
        <source>CLV : CAC</source>
        <translation>CLV : CAC</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="177"/>
        <source>The average historical lifetime value of the customers acquired in the period divided by the acquisition cost.</source>
        <translation>La valeur vie client historique moyenne des clients acquis sur la période divisée par le coût d&apos;acquisition.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="178"/>
        <source>historical CLV ÷ CAC</source>
        <translation>CLV historique ÷ CAC</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="180"/>
        <source>Buying customers</source>
        <translation>Clients acheteurs</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="189"/>
        <source>Buying customers who had bought before the period.</source>
        <translation>Clients acheteurs qui avaient déjà acheté avant la période.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="193"/>
        <source>Orders of identified customers divided by the buying customers.</source>
        <translation>Commandes des clients identifiés divisées par le nombre de clients acheteurs.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="197"/>
        <source>The share of buying customers with two or more orders in the period.</source>
        <translation>La part des clients acheteurs ayant passé deux commandes ou plus sur la période.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="181"/>
        <source>Identified customers with at least one sale line in the period.</source>
        <translation>Clients identifiés ayant au moins une ligne de vente sur la période.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="105"/>
        <source>Gross sales minus discounts minus returns: the line amounts of all lines of the period, as the exports write them (with VAT where their prices include it; shipping is not sales).</source>
        <translation>Chiffre d&apos;affaires brut moins remises moins retours : les montants de toutes les lignes de la période, tels que les exports les écrivent (TVA comprise quand leurs prix l&apos;incluent ; la livraison n&apos;est pas du chiffre d&apos;affaires).</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="138"/>
        <source>net sales − COGS</source>
        <translation>chiffre d&apos;affaires net − CMV</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="146"/>
        <source>(net sales − COGS) ÷ net sales</source>
        <translation>(chiffre d&apos;affaires net − CMV) ÷ chiffre d&apos;affaires net</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="150"/>
        <source>net sales − net sales a year earlier</source>
        <translation>chiffre d&apos;affaires net − chiffre d&apos;affaires net un an plus tôt</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="154"/>
        <source>(net sales − net sales a year earlier) ÷ |net sales a year earlier|</source>
        <translation>(chiffre d&apos;affaires net − chiffre d&apos;affaires net un an plus tôt) ÷ |chiffre d&apos;affaires net un an plus tôt|</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="158"/>
        <source>net sales ÷ average headcount</source>
        <translation>chiffre d&apos;affaires net ÷ effectif moyen</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="182"/>
        <source>C = customers with a sale line</source>
        <translation>C = clients avec une ligne de vente</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="184"/>
        <source>New customers</source>
        <translation>Nouveaux clients</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="185"/>
        <source>Customers whose first purchase falls in the period.</source>
        <translation>Clients dont le premier achat tombe dans la période.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="186"/>
        <source>N = customers whose first sale line is in the period</source>
        <translation>N = clients dont la première ligne de vente est dans la période</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="188"/>
        <source>Returning customers</source>
        <translation>Clients récurrents</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="190"/>
        <source>C − new customers</source>
        <translation>C − nouveaux clients</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="192"/>
        <source>Purchase frequency</source>
        <translation>Fréquence d&apos;achat</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="194"/>
        <source>orders ÷ C</source>
        <translation>commandes ÷ C</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="196"/>
        <source>Repeat purchase rate</source>
        <translation>Taux de réachat</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="198"/>
        <source>customers with 2+ orders ÷ C</source>
        <translation>clients avec 2+ commandes ÷ C</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="200"/>
        <source>Customers at start (S)</source>
        <translation>Clients au début (S)</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="201"/>
        <source>Customers with a purchase in the activity window before the first day of the period.</source>
        <translation>Clients ayant un achat dans la fenêtre d&apos;activité précédant le premier jour de la période.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="202"/>
        <source>S = customers with a sale line in [from − W, from − 1]</source>
        <translation>S = clients avec une ligne de vente dans [from − W, from − 1]</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="204"/>
        <source>Customers at end (E)</source>
        <translation>Clients à la fin (E)</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="205"/>
        <source>Customers with a purchase in the activity window ending on the last day of the period.</source>
        <translation>Clients ayant un achat dans la fenêtre d&apos;activité se terminant le dernier jour de la période.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="206"/>
        <source>E = customers with a sale line in [to + 1 − W, to]</source>
        <translation>E = clients avec une ligne de vente dans [to + 1 − W, to]</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="208"/>
        <source>Retention rate</source>
        <translation>Taux de rétention</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="209"/>
        <source>Customers at the end minus new customers, divided by the customers at the start.</source>
        <translation>Clients à la fin moins nouveaux clients, divisés par les clients au début.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="210"/>
        <source>(E − N) ÷ S</source>
        <translation>(E − N) ÷ S</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="212"/>
        <source>Churn rate</source>
        <translation>Taux d&apos;attrition</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="213"/>
        <source>The share of the customers at the start who are no longer customers at the end.</source>
        <translation>La part des clients du début qui ne sont plus clients à la fin.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="214"/>
        <source>churned ÷ S</source>
        <translation>clients perdus ÷ S</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="217"/>
        <source>Kept customers</source>
        <translation>Clients conservés</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="218"/>
        <source>The share of the customers at the start who are still customers at the end (1 − churn rate).</source>
        <translation>La part des clients du début qui sont encore clients à la fin (1 − taux d&apos;attrition).</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="219"/>
        <source>(S − churned) ÷ S</source>
        <translation>(S − clients perdus) ÷ S</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="221"/>
        <source>Reactivated customers</source>
        <translation>Clients réactivés</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="222"/>
        <source>Customers at the end who had lapsed before the period and came back: neither customers at the start nor new in the period.</source>
        <translation>Clients à la fin qui étaient devenus inactifs avant la période et sont revenus : ni clients au début, ni nouveaux sur la période.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="223"/>
        <source>E − kept − new customers at the end</source>
        <translation>E − conservés − nouveaux clients à la fin</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="225"/>
        <source>Historical CLV</source>
        <translation>CLV historique</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="226"/>
        <source>The mean of all net sales to date of the customers acquired in the period.</source>
        <translation>La moyenne de tout le chiffre d&apos;affaires net à ce jour des clients acquis sur la période.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="227"/>
        <source>net sales of new customers ÷ new customers</source>
        <translation>chiffre d&apos;affaires net des nouveaux clients ÷ nouveaux clients</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="231"/>
        <source>Simple predictive CLV</source>
        <translation>CLV prédictive simple</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="232"/>
        <source>Average purchase value times purchases per year times the expected lifespan in years.</source>
        <translation>Valeur moyenne d&apos;achat × achats par an × durée de vie attendue en années.</translation>
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
        <translation>Les objectifs d&apos;indicateurs enregistrés dans l&apos;espace de travail ne peuvent pas être lus : %1</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiTargets.cpp" line="60"/>
        <source>The KPI target &quot;%1&quot; stored in the workspace cannot be read.</source>
        <translation>L&apos;objectif d&apos;indicateur « %1 » enregistré dans l&apos;espace de travail ne peut pas être lu.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiTargets.cpp" line="82"/>
        <source>There is no KPI named &quot;%1&quot;.</source>
        <translation>Aucun indicateur ne s&apos;appelle « %1 ».</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiTargets.cpp" line="85"/>
        <source>The target for &quot;%1&quot; is not a number.</source>
        <translation>L&apos;objectif pour « %1 » n&apos;est pas un nombre.</translation>
    </message>
</context>
<context>
    <name>storelens::core::analytics::Lifecycle</name>
    <message>
        <location filename="../core/analytics/segments/Lifecycle.cpp" line="28"/>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/Lifecycle.cpp" line="29"/>
        <source>Lapsed</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/Lifecycle.cpp" line="30"/>
        <source>At risk</source>
        <translation>À risque</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/Lifecycle.cpp" line="31"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/Lifecycle.cpp" line="35"/>
        <source>High value</source>
        <translation>Valeur élevée</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/Lifecycle.cpp" line="36"/>
        <source>Medium value</source>
        <translation>Valeur moyenne</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/Lifecycle.cpp" line="37"/>
        <source>Low value</source>
        <translation>Valeur faible</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/Lifecycle.cpp" line="99"/>
        <source>The lifecycle settings are not valid JSON.</source>
        <translation>Les paramètres du cycle de vie ne sont pas un JSON valide.</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/Lifecycle.cpp" line="111"/>
        <source>The lifecycle settings are out of range: day thresholds must be at least 1 and the value tier percentages between 0 and 100, high not below medium.</source>
        <translation>Les paramètres du cycle de vie sont hors limites : les seuils en jours doivent être d&apos;au moins 1 et les pourcentages des niveaux de valeur compris entre 0 et 100, le niveau élevé n&apos;étant pas inférieur au moyen.</translation>
    </message>
</context>
<context>
    <name>storelens::core::analytics::MemberExport</name>
    <message>
        <location filename="../core/analytics/segments/MemberExport.cpp" line="55"/>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/MemberExport.cpp" line="56"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/MemberExport.cpp" line="56"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/MemberExport.cpp" line="59"/>
        <source>no prices imported</source>
        <translation>aucun prix importé</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/MemberExport.cpp" line="98"/>
        <source>Customer ID</source>
        <translation>N° client</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/MemberExport.cpp" line="99"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/MemberExport.cpp" line="100"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/MemberExport.cpp" line="101"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/MemberExport.cpp" line="102"/>
        <source>First purchase</source>
        <translation>Premier achat</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/MemberExport.cpp" line="103"/>
        <source>Last purchase</source>
        <translation>Dernier achat</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/MemberExport.cpp" line="104"/>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/MemberExport.cpp" line="105"/>
        <source>Net sales</source>
        <translation>Chiffre d&apos;affaires net</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/MemberExport.cpp" line="106"/>
        <source>Average order value</source>
        <translation>Panier moyen</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/MemberExport.cpp" line="107"/>
        <source>Recency (days)</source>
        <translation>Récence (jours)</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/MemberExport.cpp" line="108"/>
        <source>Recency score (R)</source>
        <translation>Score de récence (R)</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/MemberExport.cpp" line="109"/>
        <source>Frequency score (F)</source>
        <translation>Score de fréquence (F)</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/MemberExport.cpp" line="110"/>
        <source>Monetary score (M)</source>
        <translation>Score de montant (M)</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/MemberExport.cpp" line="111"/>
        <source>RFM segment</source>
        <translation>Segment RFM</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/MemberExport.cpp" line="112"/>
        <source>Lifecycle stage</source>
        <translation>Étape du cycle de vie</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/MemberExport.cpp" line="113"/>
        <source>Value tier</source>
        <translation>Niveau de valeur</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/MemberExport.cpp" line="114"/>
        <source>Email consent</source>
        <translation>Consentement e-mail</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/MemberExport.cpp" line="185"/>
        <source>The column &quot;%1&quot; is unknown; the columns are: %2.</source>
        <translation>La colonne « %1 » est inconnue ; les colonnes sont : %2.</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/MemberExport.cpp" line="192"/>
        <location filename="../core/analytics/segments/MemberExport.cpp" line="218"/>
        <source>The member list could not be written: %1</source>
        <translation>La liste des membres n&apos;a pas pu être écrite : %1</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/MemberExport.cpp" line="230"/>
        <source>The file could not be created: %1</source>
        <translation>Le fichier n&apos;a pas pu être créé : %1</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/MemberExport.cpp" line="238"/>
        <source>The file could not be written: %1</source>
        <translation>Le fichier n&apos;a pas pu être écrit : %1</translation>
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
        <translation>Chiffres pour %1 (la période à ce jour)</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/PeriodSentence.cpp" line="40"/>
        <source>Figures for %1</source>
        <translation>Chiffres pour %1</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/PeriodSentence.cpp" line="45"/>
        <source>Figures for all your data, %1, with no comparison: there is no earlier data to compare with.</source>
        <translation>Chiffres pour toutes vos données, %1, sans comparaison : il n&apos;y a pas de données antérieures avec lesquelles comparer.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/PeriodSentence.cpp" line="49"/>
        <source>%1, with no comparison.</source>
        <translation>%1, sans comparaison.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/PeriodSentence.cpp" line="53"/>
        <source>%1; the same days a year earlier (%2) hold too little data to compare with, so no changes are shown.</source>
        <translation>%1 ; les mêmes jours un an plus tôt (%2) contiennent trop peu de données pour comparer : aucune variation n&apos;est donc affichée.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/PeriodSentence.cpp" line="55"/>
        <source>%1; the period before (%2) holds too little data to compare with, so no changes are shown.</source>
        <translation>%1 ; la période précédente (%2) contient trop peu de données pour comparer : aucune variation n&apos;est donc affichée.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/PeriodSentence.cpp" line="59"/>
        <source>%1, compared with the same days a year earlier (%2).</source>
        <translation>%1, comparés aux mêmes jours un an plus tôt (%2).</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/PeriodSentence.cpp" line="60"/>
        <source>%1, compared with the period just before (%2).</source>
        <translation>%1, comparés à la période juste avant (%2).</translation>
    </message>
</context>
<context>
    <name>storelens::core::analytics::Periods</name>
    <message>
        <location filename="../core/analytics/query/Periods.cpp" line="168"/>
        <source>The period lies before the first day with data.</source>
        <translation>La période se situe avant le premier jour avec des données.</translation>
    </message>
    <message>
        <location filename="../core/analytics/query/Periods.cpp" line="170"/>
        <source>The comparison period lies before the first day with data.</source>
        <translation>La période de comparaison se situe avant le premier jour avec des données.</translation>
    </message>
    <message>
        <location filename="../core/analytics/query/Periods.cpp" line="172"/>
        <source>The retention look-back window lies before the first day with data, so retention and churn have no customers at the start to rest on.</source>
        <translation>La fenêtre rétrospective de rétention se situe avant le premier jour avec des données : la rétention et l’attrition n’ont donc aucun client de départ sur lequel s’appuyer.</translation>
    </message>
    <message>
        <location filename="../core/analytics/query/Periods.cpp" line="178"/>
        <source>The comparison period&apos;s retention look-back window lies before the first day with data, so its retention and churn have no customers at the start to rest on.</source>
        <translation>La fenêtre rétrospective de rétention de la période de comparaison se situe avant le premier jour avec des données : sa rétention et son attrition n’ont donc aucun client de départ sur lequel s’appuyer.</translation>
    </message>
    <message>
        <location filename="../core/analytics/query/Periods.cpp" line="202"/>
        <source>The period holds only %1 of its %2 days of data.</source>
        <translation>La période ne contient que %1 de ses %2 jours de données.</translation>
    </message>
    <message>
        <location filename="../core/analytics/query/Periods.cpp" line="206"/>
        <source>The comparison period holds only %1 of its %2 days of data.</source>
        <translation>La période de comparaison ne contient que %1 de ses %2 jours de données.</translation>
    </message>
    <message>
        <location filename="../core/analytics/query/Periods.cpp" line="210"/>
        <source>A customer counts as lost after %2 days without buying, but the data before this period covers only %1 days: retention and churn rest on part of that window and cannot yet tell who was lost.</source>
        <translation>Un client est compté comme perdu après %2 jours sans achat, mais les données avant cette période ne couvrent que %1 jours : la rétention et l&apos;attrition reposent sur une partie de cette fenêtre et ne peuvent pas encore dire qui est perdu.</translation>
    </message>
    <message>
        <location filename="../core/analytics/query/Periods.cpp" line="216"/>
        <source>The data before the comparison period covers only %1 of the %2 days a customer may go without buying: its retention and churn rest on part of that window.</source>
        <translation>Les données avant la période de comparaison ne couvrent que %1 des %2 jours qu&apos;un client peut passer sans acheter : sa rétention et son attrition reposent sur une partie de cette fenêtre.</translation>
    </message>
    <message>
        <location filename="../core/analytics/query/Periods.cpp" line="257"/>
        <source>The same period a year earlier has no data, so no change is shown.</source>
        <translation>La même période un an plus tôt ne contient aucune donnée ; aucune évolution n’est donc affichée.</translation>
    </message>
    <message>
        <location filename="../core/analytics/query/Periods.cpp" line="258"/>
        <source>The previous period has no data, so no change is shown.</source>
        <translation>La période précédente ne contient aucune donnée ; aucune évolution n’est donc affichée.</translation>
    </message>
    <message>
        <location filename="../core/analytics/query/Periods.cpp" line="260"/>
        <source>The same period a year earlier holds only %1 of its %2 days of data, so no change is shown.</source>
        <translation>La même période un an plus tôt ne contient des données que sur %1 de ses %2 jours ; aucune évolution n’est donc affichée.</translation>
    </message>
    <message>
        <location filename="../core/analytics/query/Periods.cpp" line="263"/>
        <source>The previous period holds only %1 of its %2 days of data, so no change is shown.</source>
        <translation>La période précédente ne contient que %1 de ses %2 jours de données : aucune variation n&apos;est donc affichée.</translation>
    </message>
    <message>
        <location filename="../core/analytics/query/Periods.cpp" line="276"/>
        <source>The comparison period&apos;s look-back window lies before the first day with data, so no change is shown.</source>
        <translation>La fenêtre rétrospective de la période de comparaison se situe avant le premier jour avec des données ; aucune évolution n’est donc affichée.</translation>
    </message>
    <message>
        <location filename="../core/analytics/query/Periods.cpp" line="278"/>
        <source>The look-back window lies before the first day with data, so this figure is not judged good or bad.</source>
        <translation>La fenêtre rétrospective se situe avant le premier jour avec des données ; ce chiffre n’est donc jugé ni bon ni mauvais.</translation>
    </message>
    <message>
        <location filename="../core/analytics/query/Periods.cpp" line="281"/>
        <source>The comparison period&apos;s look-back window holds only %1 of its %2 days of data, so no change is shown.</source>
        <translation>La fenêtre rétrospective de la période de comparaison ne contient que %1 de ses %2 jours de données : aucune variation n&apos;est donc affichée.</translation>
    </message>
    <message>
        <location filename="../core/analytics/query/Periods.cpp" line="285"/>
        <source>The look-back window holds only %1 of its %2 days of data, so this figure rests on part of a window and is not judged good or bad.</source>
        <translation>La fenêtre rétrospective ne contient que %1 de ses %2 jours de données : ce chiffre repose donc sur une fenêtre partielle et n&apos;est jugé ni bon ni mauvais.</translation>
    </message>
</context>
<context>
    <name>storelens::core::analytics::SegmentGrid</name>
    <message>
        <location filename="../core/analytics/segments/SegmentGrid.cpp" line="25"/>
        <source>The segment table is not valid: it needs five rows of five segment names.</source>
        <translation>Le tableau des segments n&apos;est pas valide : il faut cinq lignes de cinq noms de segments.</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/SegmentGrid.cpp" line="30"/>
        <source>Champions</source>
        <translation>Champions</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/SegmentGrid.cpp" line="31"/>
        <source>Loyal customers</source>
        <translation>Clients fidèles</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/SegmentGrid.cpp" line="32"/>
        <source>Potential loyalists</source>
        <translation>Fidèles potentiels</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/SegmentGrid.cpp" line="33"/>
        <source>Recent customers</source>
        <translation>Clients récents</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/SegmentGrid.cpp" line="34"/>
        <source>Promising</source>
        <translation>Prometteurs</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/SegmentGrid.cpp" line="35"/>
        <source>Need attention</source>
        <translation>À surveiller</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/SegmentGrid.cpp" line="36"/>
        <source>About to sleep</source>
        <translation>En perte de vitesse</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/SegmentGrid.cpp" line="37"/>
        <source>At risk</source>
        <translation>À risque</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/SegmentGrid.cpp" line="38"/>
        <source>Can&apos;t lose them</source>
        <translation>À ne pas perdre</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/SegmentGrid.cpp" line="39"/>
        <source>Hibernating</source>
        <translation>En hibernation</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/SegmentGrid.cpp" line="40"/>
        <source>Lost</source>
        <translation>Perdus</translation>
    </message>
</context>
<context>
    <name>storelens::core::analytics::SegmentRule</name>
    <message>
        <location filename="../core/analytics/segments/RuleSegmentJson.cpp" line="90"/>
        <source>The segment rule is not valid: %1</source>
        <translation>La règle de segment n&apos;est pas valide : %1</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/RuleSegmentJson.cpp" line="254"/>
        <source>The operator %1 does not apply to the field %2.</source>
        <translation>L&apos;opérateur %1 ne s&apos;applique pas au champ %2.</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/RuleSegmentJson.cpp" line="262"/>
        <source>The condition on %1 has the wrong number of values for %2.</source>
        <translation>La condition sur %1 n&apos;a pas le bon nombre de valeurs pour %2.</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/RuleSegmentJson.cpp" line="296"/>
        <source>The value &quot;%1&quot; does not suit the field %2.</source>
        <translation>La valeur « %1 » ne convient pas au champ %2.</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/RuleSegmentJson.cpp" line="338"/>
        <location filename="../core/analytics/segments/RuleSegmentJson.cpp" line="345"/>
        <source>joins are &quot;and&quot; or &quot;or&quot;.</source>
        <translation>les liaisons sont « and » ou « or ».</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/RuleSegmentJson.cpp" line="352"/>
        <source>the field &quot;%1&quot; is unknown.</source>
        <translation>le champ « %1 » est inconnu.</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/RuleSegmentJson.cpp" line="356"/>
        <source>the operator &quot;%1&quot; is unknown.</source>
        <translation>l&apos;opérateur « %1 » est inconnu.</translation>
    </message>
</context>
<context>
    <name>storelens::core::analytics::SegmentStore</name>
    <message>
        <location filename="../core/analytics/segments/SegmentStore.cpp" line="24"/>
        <source>The saved segments could not be read or written: %1</source>
        <translation>Les segments enregistrés n&apos;ont pas pu être lus ou écrits : %1</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/SegmentStore.cpp" line="25"/>
        <location filename="../core/analytics/segments/SegmentStore.cpp" line="182"/>
        <source>There is no segment named &quot;%1&quot;.</source>
        <translation>Aucun segment ne s&apos;appelle « %1 ».</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/SegmentStore.cpp" line="26"/>
        <source>A segment needs a name.</source>
        <translation>Un segment doit avoir un nom.</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/SegmentStore.cpp" line="27"/>
        <source>A segment named &quot;%1&quot; exists already.</source>
        <translation>Un segment nommé « %1 » existe déjà.</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/SegmentStore.cpp" line="79"/>
        <location filename="../core/analytics/segments/SegmentStore.cpp" line="98"/>
        <source>The saved segment &quot;%1&quot; cannot be read: %2</source>
        <translation>Le segment enregistré « %1 » ne peut pas être lu : %2</translation>
    </message>
</context>
<context>
    <name>storelens::core::analytics::SnapshotCache</name>
    <message>
        <location filename="../core/analytics/snapshot/SnapshotCache.cpp" line="91"/>
        <source>The workspace could not be loaded.</source>
        <translation>L&apos;espace de travail n&apos;a pas pu être chargé.</translation>
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
        <translation>L&apos;espace de travail n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <location filename="../core/analytics/snapshot/SnapshotLoader.cpp" line="183"/>
        <source>The workspace holds amounts or quantities that add up beyond the range StoreLens computes exactly (±99,999,999,999,999.9999); it cannot be analysed.</source>
        <translation>L&apos;espace de travail contient des montants ou des quantités dont la somme dépasse la plage que StoreLens calcule exactement (±99 999 999 999 999,9999) : il ne peut pas être analysé.</translation>
    </message>
    <message>
        <location filename="../core/analytics/snapshot/SnapshotLoader.cpp" line="360"/>
        <source>no SQLite handle</source>
        <translation>pas de handle SQLite</translation>
    </message>
    <message>
        <location filename="../core/analytics/snapshot/SnapshotLoader.cpp" line="524"/>
        <source>Loading the workspace was cancelled.</source>
        <translation>Le chargement de l&apos;espace de travail a été annulé.</translation>
    </message>
</context>
<context>
    <name>storelens::core::analytics::clv::BgNbdModel</name>
    <message>
        <location filename="../core/analytics/clv/FitSupport.cpp" line="320"/>
        <source>There are no customers to fit the purchase model on.</source>
        <translation>Il n&apos;y a aucun client sur lequel ajuster le modèle d&apos;achat.</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/FitSupport.cpp" line="305"/>
        <source>Customer %1 has an impossible purchase history (x = %2, t_x = %3, T = %4).</source>
        <translation>Le client %1 a un historique d&apos;achats impossible (x = %2, t_x = %3, T = %4).</translation>
    </message>
</context>
<context>
    <name>storelens::core::analytics::clv::ClvCalculator</name>
    <message numerus="yes">
        <location filename="../core/analytics/clv/ClvStatusMessage.cpp" line="36"/>
        <source>Predicted lifetime value needs at least %1 identified customers; this selection has %n, so no prediction is shown.</source>
        <translation>
            <numerusform>La valeur vie client prédite demande au moins %1 clients identifiés ; cette sélection en a %n, aucune prédiction n’est donc affichée.</numerusform>
            <numerusform>La valeur vie client prédite demande au moins %1 clients identifiés ; cette sélection en a %n, aucune prédiction n’est donc affichée.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/ClvStatusMessage.cpp" line="41"/>
        <source>Predicted lifetime value needs at least %1 identified customers; the data has fewer, so no prediction is shown.</source>
        <translation>La valeur vie client prédite nécessite au moins %1 clients identifiés ; les données en comptent moins, aucune prédiction n&apos;est donc affichée.</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/ClvStatusMessage.cpp" line="46"/>
        <source>More customers would help: orders that name the customer (an id or an e-mail address).</source>
        <translation>Davantage de clients aiderait : des commandes qui nomment le client (un identifiant ou une adresse e-mail).</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/ClvStatusMessage.cpp" line="49"/>
        <source>Wider filters would also let more customers in.</source>
        <translation>Des filtres plus larges laisseraient aussi entrer davantage de clients.</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/ClvStatusMessage.cpp" line="52"/>
        <source>The check against reality counts only the customers who had bought by %1; a later date counts more of them.</source>
        <translation>La confrontation à la réalité ne compte que les clients qui avaient acheté au %1 ; une date plus tardive en compte davantage.</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/ClvStatusMessage.cpp" line="62"/>
        <source>Predicted lifetime value needs at least %1 days of purchase history; the data covers %2, so no prediction is shown.</source>
        <translation>La valeur vie client prédite nécessite au moins %1 jours d&apos;historique d&apos;achats ; les données en couvrent %2, aucune prédiction n&apos;est donc affichée.</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/ClvStatusMessage.cpp" line="67"/>
        <source>Predicted lifetime value needs at least %1 days of purchase history; the data covers less, so no prediction is shown.</source>
        <translation>La valeur vie client prédite nécessite au moins %1 jours d&apos;historique d&apos;achats ; les données couvrent moins, aucune prédiction n&apos;est donc affichée.</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/ClvStatusMessage.cpp" line="70"/>
        <source>Importing older orders would help.</source>
        <translation>Importer des commandes plus anciennes aiderait.</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/ClvStatusMessage.cpp" line="75"/>
        <source>No customer has bought on more than one day, so repeat behaviour cannot be predicted and no prediction is shown.</source>
        <translation>Aucun client n&apos;a acheté sur plus d&apos;un jour : le comportement de rachat ne peut pas être prédit et aucune prédiction n&apos;est affichée.</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/ClvStatusMessage.cpp" line="78"/>
        <source>A longer history would help, or customer ids that recognise a customer who comes back (an id or an e-mail address rather than a name).</source>
        <translation>Un historique plus long aiderait, ou des identifiants clients qui reconnaissent un client qui revient (un identifiant ou une adresse e-mail plutôt qu&apos;un nom).</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/ClvStatusMessage.cpp" line="87"/>
        <source>The purchase models found no stable fit for the purchase days of these %1 customers (%2 of them bought on more than one day), so no prediction is shown rather than a wrong one.</source>
        <translation>Les modèles d&apos;achat n&apos;ont trouvé aucun ajustement stable pour les jours d&apos;achat de ces %1 clients (%2 d&apos;entre eux ont acheté sur plus d&apos;un jour) : aucune prédiction n&apos;est affichée plutôt qu&apos;une fausse.</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/ClvStatusMessage.cpp" line="92"/>
        <source>The purchase models found no stable fit for these purchase days, so no prediction is shown rather than a wrong one.</source>
        <translation>Les modèles d&apos;achat n&apos;ont trouvé aucun ajustement stable pour ces jours d&apos;achat : aucune prédiction n&apos;est affichée plutôt qu&apos;une fausse.</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/ClvStatusMessage.cpp" line="98"/>
        <source>Most of these customers came back, so more of them is not what is missing: the models learn how customers drift away by seeing some stop buying, and this history shows too few who stopped. A longer history would help.</source>
        <translation>La plupart de ces clients sont revenus, ce n&apos;est donc pas le nombre de clients qui manque : les modèles apprennent comment les clients s&apos;éloignent en voyant certains cesser d&apos;acheter, et cet historique en montre trop peu qui ont cessé. Un historique plus long aiderait.</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/ClvStatusMessage.cpp" line="102"/>
        <source>More customers who buy again, or a longer history, would help.</source>
        <translation>Davantage de clients qui rachètent, ou un historique plus long, aideraient.</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/ClvStatusMessage.cpp" line="111"/>
        <source>customers who bought again</source>
        <translation>les clients qui ont racheté</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/ClvStatusMessage.cpp" line="112"/>
        <source>the %1 customers who bought again (on average from %2 to %3 a purchase day, the highest customer &quot;%4&quot;)</source>
        <translation>les %1 clients qui ont racheté (en moyenne de %2 à %3 par jour d&apos;achat, le plus élevé : client « %4 »)</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/ClvStatusMessage.cpp" line="122"/>
        <source>The model expects each customer&apos;s purchases to vary around that customer&apos;s usual amount; this often fails when one customer id stands for several people (a name such as &quot;C. Martin&quot; shared by different customers) or when orders that are no purchase (cancelled or unpaid orders counted as sales, wholesale or internal orders) are in the data. Customer ids that tell people apart (an id or an e-mail address), leaving such orders out, or more purchases per customer would help.</source>
        <translation>Le modèle suppose que les achats de chaque client varient autour du montant habituel de ce client ; cela échoue souvent quand un identifiant client désigne plusieurs personnes (un nom comme « C. Martin » partagé par différents clients) ou quand des commandes qui ne sont pas des achats (commandes annulées ou impayées comptées comme des ventes, commandes de gros ou internes) sont dans les données. Des identifiants qui distinguent les personnes (un identifiant ou une adresse e-mail), l&apos;exclusion de ces commandes ou davantage d&apos;achats par client aideraient.</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/ClvStatusMessage.cpp" line="133"/>
        <source>The spend model found no stable fit for what %1 spend, so spend and lifetime value are not predicted rather than predicted wrong; the purchases expected and the chance that each customer is still active do not depend on spend and are shown.</source>
        <translation>Le modèle de dépense n&apos;a trouvé aucun ajustement stable pour ce que dépensent %1 : la dépense et la valeur vie client ne sont pas prédites plutôt que mal prédites ; les achats attendus et la probabilité que chaque client soit encore actif ne dépendent pas de la dépense et sont affichés.</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/ClvStatusMessage.cpp" line="143"/>
        <source>What %1 spend varies too widely for the spend model to give an average, so spend and lifetime value are not predicted rather than predicted wrong; the purchases expected and the chance that each customer is still active do not depend on spend and are shown.</source>
        <translation>Ce que dépensent %1 varie trop pour que le modèle de dépense donne une moyenne : la dépense et la valeur vie client ne sont pas prédites plutôt que mal prédites ; les achats attendus et la probabilité que chaque client soit encore actif ne dépendent pas de la dépense et sont affichés.</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/ClvStatusMessage.cpp" line="203"/>
        <source>This is a fault, not your data&apos;s: please report it with the workspace.</source>
        <translation>C&apos;est un défaut, pas celui de vos données : merci de le signaler avec l&apos;espace de travail.</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/ClvStatusMessage.cpp" line="201"/>
        <source>The customer summary contains impossible values, so no prediction is shown.</source>
        <translation>Le récapitulatif clients contient des valeurs impossibles : aucune prédiction n&apos;est affichée.</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/ClvCalculator.cpp" line="108"/>
        <location filename="../core/analytics/clv/ClvCalculator.cpp" line="145"/>
        <source>The lifetime value computation was cancelled.</source>
        <translation>Le calcul de la valeur vie client a été annulé.</translation>
    </message>
</context>
<context>
    <name>storelens::core::analytics::clv::ClvExplanation</name>
    <message>
        <location filename="../core/analytics/clv/ClvExplanation.cpp" line="36"/>
        <location filename="../core/analytics/clv/ClvExplanation.cpp" line="108"/>
        <source>Shape of how purchase rates differ between customers: below 1, most customers buy rarely and a few buy very often.</source>
        <translation>Forme des différences de fréquence d&apos;achat entre les clients : en dessous de 1, la plupart des clients achètent rarement et quelques-uns très souvent.</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/ClvExplanation.cpp" line="39"/>
        <location filename="../core/analytics/clv/ClvExplanation.cpp" line="111"/>
        <source>Shape of how purchase rates differ between customers: 1 or more, most customers buy at similar rates.</source>
        <translation>Forme des différences de fréquence d&apos;achat entre les clients : à partir de 1, la plupart des clients achètent à un rythme semblable.</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/ClvExplanation.cpp" line="43"/>
        <location filename="../core/analytics/clv/ClvExplanation.cpp" line="115"/>
        <source>Scale of the purchase rates, in weeks: while still a customer, the average customer buys r ÷ α = %1 times a week, about %2 times a year.</source>
        <translation>Échelle des fréquences d&apos;achat, en semaines : tant qu&apos;il reste client, le client moyen achète r ÷ α = %1 fois par semaine, soit environ %2 fois par an.</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/ClvExplanation.cpp" line="49"/>
        <source>With b, how likely a customer is to stop buying after a purchase: on average a ÷ (a + b) = %1 % of customers leave after any one purchase.</source>
        <translation>Avec b, probabilité qu&apos;un client cesse d&apos;acheter après un achat : en moyenne, a ÷ (a + b) = %1 % des clients partent après un achat donné.</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/ClvExplanation.cpp" line="54"/>
        <source>With a, how much that chance of leaving differs between customers: the larger a + b, the more alike customers are.</source>
        <translation>Avec a, mesure dans laquelle ce risque de départ varie d&apos;un client à l&apos;autre : plus a + b est grand, plus les clients se ressemblent.</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/ClvExplanation.cpp" line="66"/>
        <source>Shape of one customer&apos;s spend from purchase to purchase: the larger p, the more each customer spends the same amount every time.</source>
        <translation>Forme de la dépense d&apos;un client d&apos;un achat à l&apos;autre : plus p est grand, plus chaque client dépense le même montant à chaque fois.</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/ClvExplanation.cpp" line="70"/>
        <source>Shape of how average spend differs between customers: the larger q, the more alike customers&apos; average spend is (above 1 for the average to exist).</source>
        <translation>Forme des différences de dépense moyenne entre les clients : plus q est grand, plus la dépense moyenne des clients est homogène (supérieur à 1 pour que la moyenne existe).</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/ClvExplanation.cpp" line="75"/>
        <source>Scale of the spend: across customers, a purchase is worth p × γ ÷ (q − 1) = %1 on average.</source>
        <translation>Échelle de la dépense : tous clients confondus, un achat vaut en moyenne p × γ ÷ (q − 1) = %1.</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/ClvExplanation.cpp" line="78"/>
        <source>Scale of the spend; with q at or below 1 the average spend does not exist.</source>
        <translation>Échelle de la dépense ; avec q inférieur ou égal à 1, la dépense moyenne n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/ClvExplanation.cpp" line="96"/>
        <source>With b, how likely a customer is to stop buying after a purchase, the first one included: on average a ÷ (a + b) = %1 % of customers leave after any one purchase.</source>
        <translation>Avec b, probabilité qu&apos;un client cesse d&apos;acheter après un achat, premier achat compris : en moyenne, a ÷ (a + b) = %1 % des clients partent après un achat donné.</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/ClvExplanation.cpp" line="120"/>
        <source>Shape of how long customers stay: the smaller s, the more customers differ, a few staying for years while many leave soon.</source>
        <translation>Forme de la durée pendant laquelle les clients restent : plus s est petit, plus les clients diffèrent, quelques-uns restant des années tandis que beaucoup partent vite.</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/ClvExplanation.cpp" line="125"/>
        <source>Scale of how long customers stay, in weeks: a customer stays β ÷ (s − 1) = %1 weeks on average.</source>
        <translation>Échelle de la durée pendant laquelle les clients restent, en semaines : un client reste en moyenne β ÷ (s − 1) = %1 semaines.</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/ClvExplanation.cpp" line="128"/>
        <source>Scale of how long customers stay, in weeks; with s at or below 1 a few customers stay so long that the average stay has no limit.</source>
        <translation>Échelle de la durée pendant laquelle les clients restent, en semaines ; avec s inférieur ou égal à 1, quelques clients restent si longtemps que la durée moyenne n&apos;a pas de limite.</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/ClvExplanation.cpp" line="143"/>
        <source>Part of how long customers stay, at its limit here: the fit finds no customer leaving, so the value only marks where the fit stopped.</source>
        <translation>Élément de la durée pendant laquelle les clients restent, ici à sa limite : l&apos;ajustement ne trouve aucun client qui part, la valeur indique donc seulement où il s&apos;est arrêté.</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/ClvExplanation.cpp" line="159"/>
        <source>Converged at a limit after %1 evaluations on %2 customers: %3 ran to the bound of the allowed range (a value there marks where the fit stopped, not an estimate); log-likelihood %4.</source>
        <translation>Convergence à une limite après %1 évaluations sur %2 clients : pour %3, l&apos;ajustement est allé jusqu&apos;à la borne de l&apos;intervalle permis (une valeur à cette borne indique seulement où il s&apos;est arrêté, ce n&apos;est pas une estimation) ; log-vraisemblance %4.</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/ClvExplanation.cpp" line="169"/>
        <source>Converged after %1 evaluations on %2 customers; log-likelihood %3.</source>
        <translation>Convergence après %1 évaluations sur %2 clients ; log-vraisemblance %3.</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/ClvExplanation.cpp" line="171"/>
        <source>Did not converge after %1 evaluations on %2 customers (%3); log-likelihood %4.</source>
        <translation>Pas de convergence après %1 évaluations sur %2 clients (%3) ; log-vraisemblance %4.</translation>
    </message>
</context>
<context>
    <name>storelens::core::analytics::clv::GammaGammaModel</name>
    <message>
        <location filename="../core/analytics/clv/GammaGammaModel.cpp" line="120"/>
        <source>No customer has bought again with a positive amount, so the spend model cannot be fitted.</source>
        <translation>Aucun client n&apos;a racheté avec un montant positif : le modèle de dépense ne peut donc pas être ajusté.</translation>
    </message>
</context>
<context>
    <name>storelens::core::analytics::clv::RfmSummaryBuilder</name>
    <message>
        <location filename="../core/analytics/clv/RfmSummary.cpp" line="56"/>
        <source>An order line refers to customer number %1, but only %2 customers are known.</source>
        <translation>Une ligne de commande fait référence au client numéro %1, mais seuls %2 clients sont connus.</translation>
    </message>
</context>
<context>
    <name>storelens::core::analytics::clv::WorkspaceClv</name>
    <message>
        <location filename="../core/analytics/clv/WorkspaceClv.cpp" line="39"/>
        <source>The lifetime value computation was cancelled.</source>
        <translation>Le calcul de la valeur vie client a été annulé.</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/WorkspaceClv.cpp" line="300"/>
        <source>Predictions use the %1 model, as chosen; there is too little history before the last %2 weeks to test it.</source>
        <translation>Les prédictions utilisent le modèle %1, comme demandé ; l&apos;historique antérieur aux %2 dernières semaines est trop court pour le tester.</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/WorkspaceClv.cpp" line="305"/>
        <source>Predictions use the %1 model, the better fit of the two models; there is too little history before the last %2 weeks to test them on those weeks.</source>
        <translation>Les prédictions utilisent le modèle %1, le mieux ajusté des deux modèles ; l&apos;historique antérieur aux %2 dernières semaines est trop court pour les tester sur ces semaines.</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/WorkspaceClv.cpp" line="318"/>
        <source>Predictions use the %1 model, as chosen: it predicted %2 repeat purchases in the last %3 weeks; there were %4.</source>
        <translation>Les prédictions utilisent le modèle %1, comme demandé : il a prédit %2 achats répétés sur les %3 dernières semaines ; il y en a eu %4.</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/WorkspaceClv.cpp" line="322"/>
        <source>Predictions use the %1 model, as chosen: it predicted %2 repeat purchases from %3 to %4; there were %5.</source>
        <translation>Les prédictions utilisent le modèle %1, comme demandé : il a prédit %2 achats répétés du %3 au %4 ; il y en a eu %5.</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/WorkspaceClv.cpp" line="328"/>
        <source>Predictions use the %1 model, the closer of the two models tested: it predicted %2 repeat purchases in the last %3 weeks; there were %4.</source>
        <translation>Les prédictions utilisent le modèle %1, le plus juste des deux modèles testés : il a prédit %2 achats répétés sur les %3 dernières semaines ; il y en a eu %4.</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/WorkspaceClv.cpp" line="332"/>
        <source>Predictions use the %1 model, the closer of the two models tested: it predicted %2 repeat purchases from %3 to %4; there were %5.</source>
        <translation>Les prédictions utilisent le modèle %1, le plus juste des deux modèles testés : il a prédit %2 achats répétés du %3 au %4 ; il y en a eu %5.</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/WorkspaceClv.cpp" line="344"/>
        <source>This purchase history shows no customer leaving for good yet, so every customer&apos;s chance of still being a customer is close to 100 %, however long ago they last bought: a long gap since a purchase is explained just as well by buying rarely.</source>
        <translation>Cet historique d&apos;achats ne montre encore aucun client parti pour de bon : la probabilité d&apos;être encore client est donc proche de 100 % pour chacun, quelle que soit l&apos;ancienneté de son dernier achat. Un long délai depuis un achat s&apos;explique tout aussi bien par des achats rares.</translation>
    </message>
</context>
<context>
    <name>storelens::core::analytics::explain</name>
    <message>
        <location filename="../core/analytics/explain/ExplainFigures.cpp" line="363"/>
        <source>No store</source>
        <translation>Sans magasin</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/ExplainFigures.cpp" line="365"/>
        <source>No channel</source>
        <translation>Sans canal</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/ExplainFigures.cpp" line="369"/>
        <source>No category</source>
        <translation>Sans catégorie</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/ExplainFigures.cpp" line="377"/>
        <source>No source</source>
        <translation>Sans source</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/ExplainFigures.cpp" line="305"/>
        <location filename="../core/analytics/explain/ExplainFigures.cpp" line="371"/>
        <source>Guests</source>
        <translation>Clients sans compte</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/ExplainFigures.cpp" line="305"/>
        <source>In no saved segment</source>
        <translation>Dans aucun segment enregistré</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/ExplainFigures.cpp" line="372"/>
        <source>New customers</source>
        <translation>Nouveaux clients</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/ExplainFigures.cpp" line="373"/>
        <source>Returning customers</source>
        <translation>Clients récurrents</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="213"/>
        <source>Traffic covers only one of the two periods, so the bridge starts from orders instead of visitors and conversion.</source>
        <translation>La fréquentation ne couvre qu&apos;une des deux périodes : la décomposition part donc des commandes au lieu des visiteurs et de la conversion.</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="228"/>
        <source>visitors</source>
        <translation>visiteurs</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="229"/>
        <source>conversion</source>
        <translation>conversion</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="232"/>
        <source>orders</source>
        <translation>commandes</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="268"/>
        <source>sales after discounts</source>
        <translation>ventes après remises</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="272"/>
        <source>returns</source>
        <translation>retours</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="305"/>
        <source>There are too few days with data to tell this change from normal variation.</source>
        <translation>Il y a trop peu de jours avec des données pour distinguer cette évolution d&apos;une variation normale.</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="343"/>
        <source>The counts leave no variation to test (every or no one counts in both periods).</source>
        <translation>Les nombres ne laissent aucune variation à tester (tous ou personne ne sont comptés dans les deux périodes).</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="359"/>
        <source>%1 to %2 %</source>
        <translation>%1 à %2 %</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="363"/>
        <source>The change is within normal variation: with this many people or events, chance alone could well explain it. This period&apos;s rate: %1 (95 % interval).</source>
        <translation>La variation reste dans les fluctuations normales : avec autant de personnes ou d&apos;événements, le hasard seul pourrait bien l&apos;expliquer. Taux de cette période : %1 (intervalle à 95 %).</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="366"/>
        <source>The change is beyond normal variation: with this many people or events, chance alone would seldom explain it. This period&apos;s rate: %1 (95 % interval).</source>
        <translation>La variation dépasse les fluctuations normales : avec autant de personnes ou d&apos;événements, le hasard seul l&apos;expliquerait rarement. Taux de cette période : %1 (intervalle à 95 %).</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="395"/>
        <source>The retention formula also counts reactivated customers and can exceed 100 %, so it is not a share of people to test; kept customers carries the test.</source>
        <translation>La formule de rétention compte aussi les clients réactivés et peut dépasser 100 % : ce n&apos;est donc pas une part de personnes que l&apos;on peut tester ; c&apos;est l&apos;indicateur des clients conservés qui porte le test.</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="398"/>
        <source>%1 counts distinct customers, which do not add up day by day, so there is no test of normal variation.</source>
        <translation>%1 compte des clients distincts, qui ne s&apos;additionnent pas jour après jour : il n&apos;y a donc pas de test de variation normale.</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="406"/>
        <source>from zero</source>
        <translation>en partant de zéro</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="495"/>
        <source>%1 rose by %2 (%3): %4; %5 contributed %6 of it.</source>
        <translation>%1 a augmenté de %2 (%3) : %4 ; « %5 » y a contribué pour %6.</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="496"/>
        <source>%1 fell by %2 (%3): %4; %5 contributed %6 of it.</source>
        <translation>%1 a baissé de %2 (%3) : %4 ; « %5 » y a contribué pour %6.</translation>
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
        <translation>%1 pt</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="239"/>
        <source>Every order holds one unit in both periods (a file with one row per order and no quantities counts one each), so the bridge splits into orders and average order value instead of items per order.</source>
        <translation>Chaque commande contient une seule unité dans les deux périodes (un fichier d&apos;une ligne par commande sans quantités en compte une par commande) : le pont se décompose donc en commandes et panier moyen plutôt qu&apos;en articles par ticket.</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="245"/>
        <source>average order value</source>
        <translation>panier moyen</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="250"/>
        <source>items per order</source>
        <translation>articles par ticket</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="252"/>
        <source>average item price</source>
        <translation>prix moyen par article</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="266"/>
        <source>One of the periods has no sales, so the change cannot be split into orders, items per order and average item price.</source>
        <translation>L&apos;une des périodes n&apos;a pas de ventes : l&apos;évolution ne peut donc pas être répartie entre commandes, articles par ticket et prix moyen par article.</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="303"/>
        <source>The daily values do not vary in either period, so there is no variation to test the change against.</source>
        <translation>Les valeurs journalières ne varient dans aucune des deux périodes : il n&apos;y a donc aucune variation à laquelle comparer le changement.</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="321"/>
        <source>The change is within normal variation: the ups and downs from day to day alone could well explain it.</source>
        <translation>La variation reste dans les fluctuations normales : les hauts et les bas d&apos;un jour à l&apos;autre suffiraient bien à l&apos;expliquer.</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="323"/>
        <source>The change is beyond normal variation: the ups and downs from day to day alone would seldom explain it.</source>
        <translation>La variation dépasse les fluctuations normales : les hauts et les bas d&apos;un jour à l&apos;autre l&apos;expliqueraient rarement à eux seuls.</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="325"/>
        <source>Welch&apos;s t-test on the daily values, %1</source>
        <translation>test t de Welch sur les valeurs quotidiennes, %1</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="327"/>
        <source>The change is within normal variation: the ups and downs from day to day alone could well explain it (Welch&apos;s t-test on the daily values, %1).</source>
        <translation>La variation reste dans les fluctuations normales : les hauts et les bas d&apos;un jour à l&apos;autre suffiraient bien à l&apos;expliquer (test t de Welch sur les valeurs quotidiennes, %1).</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="331"/>
        <source>The change is beyond normal variation: the ups and downs from day to day alone would seldom explain it (Welch&apos;s t-test on the daily values, %1).</source>
        <translation>La variation dépasse les fluctuations normales : les hauts et les bas d&apos;un jour à l&apos;autre l&apos;expliqueraient rarement à eux seuls (test t de Welch sur les valeurs quotidiennes, %1).</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="371"/>
        <source>two-proportion test, %1</source>
        <translation>test de deux proportions, %1</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="373"/>
        <source>The change is within normal variation: with this many people or events, chance alone could well explain it (two-proportion test, %1; the rate&apos;s 95 % interval is %2).</source>
        <translation>La variation reste dans les fluctuations normales : avec autant de personnes ou d&apos;événements, le hasard seul pourrait bien l&apos;expliquer (test de deux proportions, %1 ; intervalle à 95 % du taux : %2).</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="377"/>
        <source>The change is beyond normal variation: with this many people or events, chance alone would seldom explain it (two-proportion test, %1; the rate&apos;s 95 % interval is %2).</source>
        <translation>La variation dépasse les fluctuations normales : avec autant de personnes ou d&apos;événements, le hasard seul l&apos;expliquerait rarement (test de deux proportions, %1 ; intervalle à 95 % du taux : %2).</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="476"/>
        <source>%1 from %2</source>
        <translation>%1 dû à « %2 »</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="479"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="480"/>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="489"/>
        <source>%1 did not change (%2 in both periods).</source>
        <translation>%1 n&apos;a pas changé (%2 sur les deux périodes).</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="502"/>
        <source>%1 rose by %2 (%3); the largest part, %4, came from %5.</source>
        <translation>%1 a augmenté de %2 (%3) ; la plus grande part, %4, vient de « %5 ».</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="503"/>
        <source>%1 fell by %2 (%3); the largest part, %4, came from %5.</source>
        <translation>%1 a baissé de %2 (%3) ; la plus grande part, %4, vient de « %5 ».</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="508"/>
        <source>%1 rose by %2 (%3): %4.</source>
        <translation>%1 a augmenté de %2 (%3) : %4.</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="508"/>
        <source>%1 fell by %2 (%3): %4.</source>
        <translation>%1 a baissé de %2 (%3) : %4.</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="512"/>
        <source>%1 rose by %2 (%3).</source>
        <translation>%1 a augmenté de %2 (%3).</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="512"/>
        <source>%1 fell by %2 (%3).</source>
        <translation>%1 a baissé de %2 (%3).</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="525"/>
        <source>order %1</source>
        <translation>commande %1</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="530"/>
        <source>%1 on %2 in the comparison period (%3)</source>
        <translation>%1 le %2 dans la période de comparaison (%3)</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="531"/>
        <source>%1 on %2 (%3)</source>
        <translation>%1 le %2 (%3)</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="537"/>
        <source>One order of %1 makes up %2 of it; without it the change would be %3.</source>
        <translation>Une commande de %1 en représente %2 ; sans elle, la variation serait de %3.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/analytics/explain/Explain.cpp" line="542"/>
        <source>%n large orders make up %1 of it, and without them the change would be %2: %3.</source>
        <translation>
            <numerusform>%n grosse commande en représente %1, et sans elle la variation serait de %2 : %3.</numerusform>
            <numerusform>%n grosses commandes en représentent %1, et sans elles la variation serait de %2 : %3.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="553"/>
        <source>&quot;%1&quot; has no data after %2: %3 of this change comes from that source and its missing days.</source>
        <translation>« %1 » n&apos;a pas de données après le %2 : %3 de cette évolution viennent de cette source et de ses jours manquants.</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="629"/>
        <source>No comparison period was asked for.</source>
        <translation>Aucune période de comparaison n&apos;a été demandée.</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="636"/>
        <source>The two periods cannot be compared.</source>
        <translation>Les deux périodes ne peuvent pas être comparées.</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="639"/>
        <source>%1 has no value in the period: %2</source>
        <translation>%1 n&apos;a pas de valeur sur la période : %2</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="642"/>
        <source>%1 has no value in the comparison period: %2</source>
        <translation>%1 n&apos;a pas de valeur sur la période de comparaison : %2</translation>
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
        <translation>%1 est déjà une évolution ; expliquez plutôt le chiffre d&apos;affaires net par rapport à l&apos;année précédente.</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="688"/>
        <source>%1 divides by the staffing headcount, which has no split by channel, category or customer; explain net sales instead.</source>
        <translation>%1 se calcule en divisant par l&apos;effectif du personnel, qui n&apos;est pas ventilé par canal, catégorie ou client ; expliquez plutôt le chiffre d&apos;affaires net.</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="694"/>
        <source>%1 divides by inventory snapshots, which have no split by channel or customer; explain the cost of goods sold or the gross margin instead.</source>
        <translation>%1 se calcule en divisant par les relevés de stock, qui ne sont pas ventilés par canal ou par client ; expliquez plutôt le coût des marchandises vendues ou la marge brute.</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="700"/>
        <source>%1 rests on marketing spend, which splits only by channel; explain new customers instead.</source>
        <translation>%1 repose sur les dépenses marketing, qui ne sont ventilées que par canal ; expliquez plutôt les nouveaux clients.</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="707"/>
        <source>%1 rests on whole customer histories and a model of lifespan, not on the period&apos;s sales alone, so its change has no parts that add up; explain net sales or kept customers instead.</source>
        <translation>%1 repose sur l&apos;historique complet des clients et sur un modèle de durée de vie, et pas seulement sur les ventes de la période : son évolution n&apos;a donc pas de parts qui s&apos;additionnent ; expliquez plutôt le chiffre d&apos;affaires net ou les clients conservés.</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="756"/>
        <location filename="../core/analytics/explain/Explain.cpp" line="767"/>
        <source>The computation was cancelled.</source>
        <translation>Le calcul a été annulé.</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/SourceGaps.cpp" line="44"/>
        <source>Not comparable: a source&apos;s data ends early, so the change is not judged against normal variation.</source>
        <translation>Non comparable : les données d&apos;une source s&apos;arrêtent tôt, l&apos;évolution n&apos;est donc pas jugée par rapport à la variation normale.</translation>
    </message>
</context>
<context>
    <name>storelens::core::csv::CsvReader</name>
    <message>
        <location filename="../core/csv/CsvReader.cpp" line="70"/>
        <source>The file cannot be opened: %1.</source>
        <translation>Le fichier ne peut pas être ouvert : %1.</translation>
    </message>
    <message>
        <location filename="../core/csv/CsvReader.cpp" line="107"/>
        <source>The file cannot be read: %1.</source>
        <translation>Le fichier ne peut pas être lu : %1.</translation>
    </message>
    <message>
        <location filename="../core/csv/CsvReader.cpp" line="134"/>
        <source>Reading the file was cancelled.</source>
        <translation>La lecture du fichier a été annulée.</translation>
    </message>
    <message>
        <location filename="../core/csv/CsvReader.cpp" line="203"/>
        <source>A quoted field is not closed: the closing quote is missing before the end of the file.</source>
        <translation>Un champ entre guillemets n&apos;est pas fermé : le guillemet fermant manque avant la fin du fichier.</translation>
    </message>
</context>
<context>
    <name>storelens::core::csv::Dialect</name>
    <message>
        <location filename="../core/csv/Dialect.cpp" line="379"/>
        <source>The file is a symbolic link that leads nowhere (or round in a loop).</source>
        <translation>Le fichier est un lien symbolique qui ne mène nulle part (ou qui tourne en boucle).</translation>
    </message>
    <message>
        <location filename="../core/csv/Dialect.cpp" line="382"/>
        <source>The file does not exist.</source>
        <translation>Le fichier n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../core/csv/Dialect.cpp" line="384"/>
        <source>This is a folder, not a file.</source>
        <translation>Ceci est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <location filename="../core/csv/Dialect.cpp" line="387"/>
        <source>This is not a regular file (a pipe, a device or a socket); StoreLens reads only files.</source>
        <translation>Ceci n&apos;est pas un fichier ordinaire (un tube, un périphérique ou un socket) ; StoreLens ne lit que des fichiers.</translation>
    </message>
    <message>
        <location filename="../core/csv/Dialect.cpp" line="399"/>
        <source>The file cannot be opened: %1.</source>
        <translation>Le fichier ne peut pas être ouvert : %1.</translation>
    </message>
    <message>
        <location filename="../core/csv/Dialect.cpp" line="403"/>
        <location filename="../core/csv/Dialect.cpp" line="420"/>
        <source>The file cannot be read: %1.</source>
        <translation>Le fichier ne peut pas être lu : %1.</translation>
    </message>
    <message>
        <location filename="../core/csv/Dialect.cpp" line="408"/>
        <source>The file is empty: it holds no header and no rows.</source>
        <translation>Le fichier est vide : il ne contient ni en-tête ni lignes.</translation>
    </message>
</context>
<context>
    <name>storelens::core::csv::FieldParsers</name>
    <message>
        <location filename="../core/csv/DateParsers.cpp" line="336"/>
        <source>The date is empty.</source>
        <translation>La date est vide.</translation>
    </message>
    <message>
        <location filename="../core/csv/DateParsers.cpp" line="343"/>
        <source>&quot;%1&quot; is not a date.</source>
        <translation>« %1 » n&apos;est pas une date.</translation>
    </message>
    <message>
        <location filename="../core/csv/DateParsers.cpp" line="347"/>
        <source>&quot;%1&quot; is not a valid calendar date.</source>
        <translation>« %1 » n&apos;est pas une date valide du calendrier.</translation>
    </message>
    <message>
        <location filename="../core/csv/DateParsers.cpp" line="350"/>
        <source>The date &quot;%1&quot; could be read day first or month first: choose the date order.</source>
        <translation>La date « %1 » peut se lire jour d&apos;abord ou mois d&apos;abord : choisissez l&apos;ordre des dates.</translation>
    </message>
    <message>
        <location filename="../core/csv/DateParsers.cpp" line="355"/>
        <source>The date &quot;%1&quot; lies outside 1900-01-01 … 2100-12-31.</source>
        <translation>La date « %1 » est en dehors de 1900-01-01 … 2100-12-31.</translation>
    </message>
    <message>
        <location filename="../core/csv/DateParsers.cpp" line="362"/>
        <source>&quot;%1&quot; does not have a valid time of day.</source>
        <translation>« %1 » n&apos;a pas d&apos;heure valide.</translation>
    </message>
    <message>
        <location filename="../core/csv/NumberParsers.cpp" line="241"/>
        <source>The amount is empty.</source>
        <translation>Le montant est vide.</translation>
    </message>
    <message>
        <location filename="../core/csv/NumberParsers.cpp" line="244"/>
        <source>&quot;%1&quot; is not an amount of money.</source>
        <translation>« %1 » n&apos;est pas un montant.</translation>
    </message>
    <message>
        <location filename="../core/csv/NumberParsers.cpp" line="248"/>
        <source>The amount &quot;%1&quot; is too large.</source>
        <translation>Le montant « %1 » est trop grand.</translation>
    </message>
    <message>
        <location filename="../core/csv/NumberParsers.cpp" line="256"/>
        <source>The amount &quot;%1&quot; is too large: amounts must lie within ±99,999,999,999,999.9999.</source>
        <translation>Le montant « %1 » est trop grand : les montants doivent rester dans ±99 999 999 999 999,9999.</translation>
    </message>
    <message>
        <location filename="../core/csv/NumberParsers.cpp" line="271"/>
        <source>&quot;%1&quot; is not a rate (such as 0.2 or 20 %).</source>
        <translation>« %1 » n&apos;est pas un taux (comme 0,2 ou 20 %).</translation>
    </message>
    <message>
        <location filename="../core/csv/NumberParsers.cpp" line="278"/>
        <location filename="../core/csv/NumberParsers.cpp" line="286"/>
        <source>The rate &quot;%1&quot; is not between 0 and 1 (0 % and 100 %).</source>
        <translation>Le taux « %1 » n&apos;est pas compris entre 0 et 1 (0 % et 100 %).</translation>
    </message>
    <message>
        <location filename="../core/csv/NumberParsers.cpp" line="282"/>
        <source>The percentage &quot;%1&quot; is not between 0 and 100.</source>
        <translation>Le pourcentage « %1 » n&apos;est pas compris entre 0 et 100.</translation>
    </message>
    <message>
        <location filename="../core/csv/NumberParsers.cpp" line="297"/>
        <source>The quantity is empty.</source>
        <translation>La quantité est vide.</translation>
    </message>
    <message>
        <location filename="../core/csv/NumberParsers.cpp" line="299"/>
        <source>&quot;%1&quot; is not a quantity.</source>
        <translation>« %1 » n&apos;est pas une quantité.</translation>
    </message>
    <message>
        <location filename="../core/csv/NumberParsers.cpp" line="303"/>
        <source>The quantity &quot;%1&quot; is too large.</source>
        <translation>La quantité « %1 » est trop grande.</translation>
    </message>
    <message>
        <location filename="../core/csv/NumberParsers.cpp" line="312"/>
        <source>The quantity &quot;%1&quot; has more than 3 decimal places.</source>
        <translation>La quantité « %1 » a plus de 3 décimales.</translation>
    </message>
    <message>
        <location filename="../core/csv/NumberParsers.cpp" line="315"/>
        <source>The quantity &quot;%1&quot; is too large: quantities must lie within ±999,999,999,999,999.999.</source>
        <translation>La quantité « %1 » est trop grande : les quantités doivent rester dans ±999 999 999 999 999,999.</translation>
    </message>
    <message>
        <location filename="../core/csv/NumberParsers.cpp" line="339"/>
        <source>The number is empty.</source>
        <translation>Le nombre est vide.</translation>
    </message>
    <message>
        <location filename="../core/csv/NumberParsers.cpp" line="343"/>
        <source>The number &quot;%1&quot; is too large.</source>
        <translation>Le nombre « %1 » est trop grand.</translation>
    </message>
    <message>
        <location filename="../core/csv/NumberParsers.cpp" line="346"/>
        <source>&quot;%1&quot; is not a whole number.</source>
        <translation>« %1 » n&apos;est pas un nombre entier.</translation>
    </message>
</context>
<context>
    <name>storelens::core::csv::FileFormat</name>
    <message>
        <location filename="../core/csv/FileFormat.cpp" line="23"/>
        <source>This is a compressed file (%1), not a CSV file; unpack it first and import the CSV file inside.</source>
        <translation>Ceci est un fichier compressé (%1), pas un fichier CSV ; décompressez-le d&apos;abord et importez le fichier CSV qu&apos;il contient.</translation>
    </message>
    <message>
        <location filename="../core/csv/FileFormat.cpp" line="31"/>
        <source>This is a spreadsheet workbook (%1), not a CSV file; save the sheet as CSV (UTF-8) in the spreadsheet program and import that file.</source>
        <translation>Ceci est un classeur de tableur (%1), pas un fichier CSV ; enregistrez la feuille au format CSV (UTF-8) dans le tableur et importez ce fichier.</translation>
    </message>
    <message>
        <location filename="../core/csv/FileFormat.cpp" line="68"/>
        <source>This is a PDF document, not a CSV file; export the data as CSV from the program that made it.</source>
        <translation>Ceci est un document PDF, pas un fichier CSV ; exportez les données au format CSV depuis le programme qui l&apos;a créé.</translation>
    </message>
    <message>
        <location filename="../core/csv/FileFormat.cpp" line="74"/>
        <source>This is an SQLite database (perhaps a StoreLens workspace), not a CSV file; open a workspace with --workspace or File &gt; Open.</source>
        <translation>Ceci est une base de données SQLite (peut-être un espace de travail StoreLens), pas un fichier CSV ; ouvrez un espace de travail avec --workspace ou Fichier &gt; Ouvrir.</translation>
    </message>
</context>
<context>
    <name>storelens::core::session::ReportResult</name>
    <message>
        <location filename="../core/session/SessionReport.cpp" line="28"/>
        <source>Same week last year</source>
        <translation>Même semaine l&apos;an dernier</translation>
    </message>
    <message>
        <location filename="../core/session/SessionReport.cpp" line="28"/>
        <source>Previous week</source>
        <translation>Semaine précédente</translation>
    </message>
    <message>
        <location filename="../core/session/SessionReport.cpp" line="30"/>
        <source>Same month last year</source>
        <translation>Même mois l&apos;an dernier</translation>
    </message>
    <message>
        <location filename="../core/session/SessionReport.cpp" line="30"/>
        <source>Previous month</source>
        <translation>Mois précédent</translation>
    </message>
    <message>
        <location filename="../core/session/SessionReport.cpp" line="32"/>
        <source>Same quarter last year</source>
        <translation>Même trimestre l&apos;an dernier</translation>
    </message>
    <message>
        <location filename="../core/session/SessionReport.cpp" line="32"/>
        <source>Previous quarter</source>
        <translation>Trimestre précédent</translation>
    </message>
    <message>
        <location filename="../core/session/SessionReport.cpp" line="66"/>
        <source>Same period last year</source>
        <translation>Même période l&apos;an dernier</translation>
    </message>
    <message>
        <location filename="../core/session/SessionReport.cpp" line="67"/>
        <source>Previous period</source>
        <translation>Période précédente</translation>
    </message>
    <message>
        <location filename="../core/session/SessionReport.cpp" line="107"/>
        <source>This workspace holds no order lines yet, so there is nothing to report. Import orders (File › Import) and export the report again.</source>
        <translation>Cet espace de travail ne contient encore aucune ligne de commande : il n&apos;y a donc rien à présenter. Importez des commandes (Fichier › Importer) puis exportez à nouveau le rapport.</translation>
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
        <translation>La modification n&apos;a pas pu être enregistrée : %1</translation>
    </message>
</context>
<context>
    <name>storelens::ui::BreakdownBarChart</name>
    <message>
        <location filename="../ui/charts/BreakdownBarChart.cpp" line="37"/>
        <source>%1 (no sales in the period)</source>
        <translation>%1 (aucune vente sur la période)</translation>
    </message>
    <message>
        <location filename="../ui/charts/BreakdownBarChart.cpp" line="67"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/charts/BreakdownBarChart.cpp" line="71"/>
        <source>%1 (%2 % of net sales)</source>
        <translation>%1 (%2 % du chiffre d&apos;affaires net)</translation>
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
        <translation>(non renseigné)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboard/BreakdownLabels.cpp" line="76"/>
        <source>The %1 largest are shown; %n more with %2 of net sales.</source>
        <translation>
            <numerusform>Les %1 plus grands sont affichés ; %n autre avec %2 de chiffre d&apos;affaires net.</numerusform>
            <numerusform>Les %1 plus grands sont affichés ; %n autres avec %2 de chiffre d&apos;affaires net.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>storelens::ui::BusyOverlay</name>
    <message>
        <location filename="../ui/common/BusyOverlay.cpp" line="21"/>
        <source>Updating…</source>
        <translation>Mise à jour…</translation>
    </message>
    <message>
        <location filename="../ui/common/BusyOverlay.cpp" line="23"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>storelens::ui::CancelStatusOffer</name>
    <message>
        <location filename="../ui/importwizard/CancelStatusOffer.cpp" line="17"/>
        <location filename="../ui/importwizard/CancelStatusOffer.cpp" line="96"/>
        <source>Order statuses StoreLens does not know</source>
        <translation>Statuts de commande que StoreLens ne connaît pas</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CancelStatusOffer.cpp" line="26"/>
        <source>Their orders are counted as sales. Tick a status that means the order was cancelled or refunded: its orders then count as a sale and a return, and the import profile keeps the choice.</source>
        <translation>Leurs commandes sont comptées comme des ventes. Cochez un statut qui signifie que la commande a été remboursée ou annulée après paiement : ses commandes comptent alors comme une vente et un retour, et le profil d&apos;import garde ce choix.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CancelStatusOffer.cpp" line="37"/>
        <source>Checks the file again with the ticked statuses as cancellations.</source>
        <translation>Vérifie de nouveau le fichier avec les statuts cochés comme vendus puis remboursés.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CancelStatusOffer.cpp" line="39"/>
        <source>Checks the file again with the ticked statuses as not sold: their lines took no payment (a transfer still pending, an item voided) and are left out.</source>
        <translation>Vérifie de nouveau le fichier avec les statuts cochés comme non vendus : leurs lignes n&apos;ont pas été payées (un virement en attente, un article annulé) et sont écartées.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CancelStatusOffer.cpp" line="96"/>
        <source>Order statuses to check</source>
        <translation>Statuts de commande à vérifier</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CancelStatusOffer.cpp" line="122"/>
        <source>&quot;%1&quot;: counted as sold, then refunded</source>
        <translation>« %1 » : compté comme vendu, puis remboursé</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CancelStatusOffer.cpp" line="125"/>
        <source>&quot;%1&quot;: left out (voided before payment)</source>
        <translation>« %1 » : écarté (annulé avant paiement)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importwizard/CancelStatusOffer.cpp" line="134"/>
        <source>&quot;%1&quot;: counted as a cancellation (sold, then refunded), %Ln order(s)</source>
        <translation>
            <numerusform>« %1 » : compté comme vendu, puis remboursé, %Ln commande</numerusform>
            <numerusform>« %1 » : compté comme vendu, puis remboursé, %Ln commandes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CancelStatusOffer.cpp" line="126"/>
        <source>&quot;%1&quot;: left out as unpaid</source>
        <translation>« %1 » : écarté (jamais encaissé)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CancelStatusOffer.cpp" line="21"/>
        <source>&amp;Count Ticked as Sold, Then Refunded</source>
        <translation>Compter les statuts cochés comme vendus puis &amp;remboursés</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CancelStatusOffer.cpp" line="22"/>
        <source>Leave Ticked Out (Never &amp;Paid)</source>
        <translation>Écarter les statuts cochés (jamais &amp;payés)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CancelStatusOffer.cpp" line="30"/>
        <source>A status that means the order was never paid (a bank transfer still pending) is left out instead: tick it and choose &quot;Leave Ticked Out (Never Paid)&quot;.</source>
        <translation>Un statut qui signifie que la commande n&apos;a jamais été payée (un virement encore en attente) est plutôt écarté : cochez-le et choisissez « Écarter les statuts cochés (jamais payés) ».</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CancelStatusOffer.cpp" line="101"/>
        <source>A status counted as a cancellation means the order was sold, then refunded: each of its lines counts as a sale and a return. If it means the item was voided before payment and never charged (a till&apos;s voided line), tick it and choose &quot;Leave Ticked Out (Never Paid)&quot;: its lines are left out, and the import profile keeps the choice.</source>
        <translation>Un statut de remboursement signifie que la commande a été vendue puis remboursée : chacune de ses lignes compte comme une vente et un retour. S&apos;il signifie que l&apos;article a été annulé avant le paiement et jamais encaissé (une ligne annulée en caisse), cochez-le et choisissez « Écarter les statuts cochés (jamais payés) » : ses lignes sont écartées, et le profil d&apos;import garde ce choix.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CancelStatusOffer.cpp" line="107"/>
        <source>A till&apos;s voided line or receipt took no payment: it is left out of sales. If a status left out here means the sale was refunded, keep it ticked and choose &quot;Count Ticked as Sold, Then Refunded&quot;: each of its lines then counts as a sale and a return.</source>
        <translation>Une ligne ou un ticket annulé en caisse n&apos;a pas été payé : il est écarté des ventes. Si un statut écarté ici signifie que la vente a été remboursée, laissez-le coché et choisissez « Compter les statuts cochés comme vendus puis remboursés » : chacune de ses lignes compte alors comme une vente et un retour.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importwizard/CancelStatusOffer.cpp" line="130"/>
        <source>&quot;%1&quot;: %Ln order(s)</source>
        <translation>
            <numerusform>« %1 » : %Ln commande</numerusform>
            <numerusform>« %1 » : %Ln commandes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>storelens::ui::ChartStyle</name>
    <message>
        <location filename="../ui/charts/ChartStyle.cpp" line="371"/>
        <source>%1, %2: %3</source>
        <translation>%1, %2 : %3</translation>
    </message>
</context>
<context>
    <name>storelens::ui::ChartView</name>
    <message>
        <location filename="../ui/charts/ChartActions.cpp" line="38"/>
        <source>Copy &amp;Image</source>
        <translation>Copier l&apos;&amp;image</translation>
    </message>
    <message>
        <location filename="../ui/charts/ChartActions.cpp" line="41"/>
        <source>Save as &amp;PNG…</source>
        <translation>Enregistrer en &amp;PNG…</translation>
    </message>
    <message>
        <location filename="../ui/charts/ChartActions.cpp" line="44"/>
        <source>Save as &amp;SVG…</source>
        <translation>Enregistrer en &amp;SVG…</translation>
    </message>
    <message>
        <location filename="../ui/charts/ChartActions.cpp" line="47"/>
        <source>Copy &amp;Data</source>
        <translation>Copier les &amp;données</translation>
    </message>
    <message>
        <location filename="../ui/charts/ChartActions.cpp" line="117"/>
        <source>chart</source>
        <translation>graphique</translation>
    </message>
    <message>
        <location filename="../ui/charts/ChartActions.cpp" line="118"/>
        <source>SVG images (*.svg)</source>
        <translation>Images SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../ui/charts/ChartActions.cpp" line="119"/>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/charts/ChartActions.cpp" line="121"/>
        <location filename="../ui/charts/ChartActions.cpp" line="128"/>
        <source>Save Chart</source>
        <translation>Enregistrer le graphique</translation>
    </message>
    <message>
        <location filename="../ui/charts/ChartActions.cpp" line="129"/>
        <source>The chart could not be saved as %1.</source>
        <translation>Le graphique n&apos;a pas pu être enregistré sous %1.</translation>
    </message>
    <message>
        <location filename="../ui/charts/ChartView.cpp" line="179"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../ui/charts/ChartView.cpp" line="179"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>storelens::ui::CheckPage</name>
    <message>
        <location filename="../ui/importwizard/CheckPage.cpp" line="93"/>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPage.cpp" line="94"/>
        <source>Check &amp;Again</source>
        <translation>&amp;Vérifier à nouveau</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPage.cpp" line="95"/>
        <source>Save &amp;Rejected Rows…</source>
        <translation>Enregistrer les lignes &amp;rejetées…</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPage.cpp" line="105"/>
        <source>Check the whole file</source>
        <translation>Vérifier tout le fichier</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPage.cpp" line="106"/>
        <source>StoreLens reads every row as the import will, without changing the workspace.</source>
        <translation>StoreLens lit chaque ligne comme le fera l&apos;importation, sans modifier l&apos;espace de travail.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPage.cpp" line="108"/>
        <location filename="../ui/importwizard/CheckPage.cpp" line="456"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPage.cpp" line="284"/>
        <source>Checking every row of %1…</source>
        <translation>Vérification de chaque ligne de %1…</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPage.cpp" line="305"/>
        <source>&lt;span style=&quot;color:#b00020&quot;&gt;%1&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#b00020&quot;&gt;%1&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPage.cpp" line="326"/>
        <source>The check was stopped. Check again, or go back to change the settings.</source>
        <translation>La vérification a été arrêtée. Vérifiez à nouveau ou revenez en arrière pour modifier les paramètres.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPage.cpp" line="333"/>
        <source>The file could not be checked: %1 Go back to change the settings.</source>
        <translation>Le fichier n&apos;a pas pu être vérifié : %1 Revenez en arrière pour modifier les paramètres.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPage.cpp" line="336"/>
        <source>no column is chosen for %1.</source>
        <translation>aucune colonne n&apos;est choisie pour %1.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPageNotes.cpp" line="86"/>
        <source>&lt;span style=&quot;color:#b00020&quot;&gt;&lt;b&gt;Check the discounts:&lt;/b&gt; every discount in &quot;%1&quot; is below 1. If they are rates (0.2 = 20 %), go back and map the column as &quot;%2&quot;; as money, 0.2 is subtracted as 0.20.&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#b00020&quot;&gt;&lt;b&gt;Vérifiez les remises :&lt;/b&gt; toutes les remises de « %1 » sont inférieures à 1. S&apos;il s&apos;agit de taux (0,2 = 20 %), revenez en arrière et associez la colonne à « %2 » ; en tant que montant, 0,2 est déduit comme 0,20.&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPageNotes.cpp" line="114"/>
        <source>&lt;span style=&quot;color:#b00020&quot;&gt;&lt;b&gt;Check the discounts:&lt;/b&gt; in each of the %1 orders of several lines with a discount (such as order %2), only the first line carries a discount in &quot;%3&quot;. If it is the order&apos;s discount, given once per order, go back and map the column as &quot;%4&quot;: it is then spread over the order&apos;s lines.&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#b00020&quot;&gt;&lt;b&gt;Vérifiez les remises :&lt;/b&gt; dans chacune des %1 commandes remisées à plusieurs lignes (par exemple la commande %2), seule la première ligne porte une remise dans « %3 ». S’il s’agit de la remise de la commande, indiquée une fois par commande, revenez en arrière et associez la colonne à « %4 » : elle est alors répartie sur les lignes de la commande.&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPageNotes.cpp" line="137"/>
        <source>Order-level money (%1) is spread over each order&apos;s lines: order discounts %2, shipping %3.</source>
        <translation>Les montants au niveau de la commande (%1) sont répartis sur les lignes de chaque commande : remises de commande %2, frais de port %3.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPageNotes.cpp" line="134"/>
        <source>Order-level money (%1) is left out.</source>
        <translation>Les montants au niveau de la commande (%1) sont exclus.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPage.cpp" line="137"/>
        <source>The file writes no currency and the computer names none. &amp;Currency of the amounts:</source>
        <translation>Le fichier n’indique aucune devise, et l’ordinateur non plus. &amp;Devise des montants :</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPage.cpp" line="146"/>
        <source>None (plain numbers)</source>
        <translation>Aucune (nombres simples)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPage.cpp" line="149"/>
        <source>Money is shown with this currency on every screen and in the report; File › Workspace Settings changes it later.</source>
        <translation>Les montants s’affichent avec cette devise sur chaque écran et dans le rapport ; Fichier › Paramètres de l’espace de travail la modifie plus tard.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importwizard/CheckPageNotes.cpp" line="33"/>
        <source>&lt;span style=&quot;color:#b00020&quot;&gt;&lt;b&gt;Check the line totals:&lt;/b&gt; %1 is read as before the line discount, but on %n discounted row(s) of the file it is the amount after the discount (such as %2): each discount would be taken off twice. Go back and choose &quot;after the line discount&quot;.&lt;/span&gt;</source>
        <translation>
            <numerusform>&lt;span style=&quot;color:#b00020&quot;&gt;&lt;b&gt;Vérifiez les totaux de ligne :&lt;/b&gt; %1 est lu comme avant la remise de ligne, mais sur %n ligne remisée du fichier il vaut le montant après la remise (par exemple %2) : chaque remise serait déduite deux fois. Revenez en arrière et choisissez « après la remise de ligne ».&lt;/span&gt;</numerusform>
            <numerusform>&lt;span style=&quot;color:#b00020&quot;&gt;&lt;b&gt;Vérifiez les totaux de ligne :&lt;/b&gt; %1 est lu comme avant la remise de ligne, mais sur %n lignes remisées du fichier il vaut le montant après la remise (par exemple %2) : chaque remise serait déduite deux fois. Revenez en arrière et choisissez « après la remise de ligne ».&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importwizard/CheckPageNotes.cpp" line="39"/>
        <source>&lt;span style=&quot;color:#b00020&quot;&gt;&lt;b&gt;Check the line totals:&lt;/b&gt; %1 is read as after the line discount, but on %n discounted row(s) of the file it is the amount before the discount (such as %2): each discount would stay in net sales. Go back and choose &quot;before the line discount&quot;.&lt;/span&gt;</source>
        <translation>
            <numerusform>&lt;span style=&quot;color:#b00020&quot;&gt;&lt;b&gt;Vérifiez les totaux de ligne :&lt;/b&gt; %1 est lu comme après la remise de ligne, mais sur %n ligne remisée du fichier il vaut le montant avant la remise (par exemple %2) : chaque remise resterait dans le chiffre d&apos;affaires net. Revenez en arrière et choisissez « avant la remise de ligne ».&lt;/span&gt;</numerusform>
            <numerusform>&lt;span style=&quot;color:#b00020&quot;&gt;&lt;b&gt;Vérifiez les totaux de ligne :&lt;/b&gt; %1 est lu comme après la remise de ligne, mais sur %n lignes remisées du fichier il vaut le montant avant la remise (par exemple %2) : chaque remise resterait dans le chiffre d&apos;affaires net. Revenez en arrière et choisissez « avant la remise de ligne ».&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPageNotes.cpp" line="63"/>
        <source>The order discounts (%1) include their lines&apos; discounts (%2): %3 of them is on the lines already and counts once.</source>
        <translation>Les remises de commande (%1) incluent les remises de leurs lignes (%2) : %3 en sont déjà sur les lignes et comptent une fois.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importwizard/CheckPageNotes.cpp" line="69"/>
        <source>&lt;span style=&quot;color:#b00020&quot;&gt;&lt;b&gt;Check the discounts:&lt;/b&gt; in %n order(s) (such as order %1) the lines&apos; discounts (%2) are more than the order&apos;s discount (%3); the lines&apos; discounts count.&lt;/span&gt;</source>
        <translation>
            <numerusform>&lt;span style=&quot;color:#b00020&quot;&gt;&lt;b&gt;Vérifiez les remises :&lt;/b&gt; dans %n commande (comme la commande %1), les remises des lignes (%2) dépassent la remise de la commande (%3) ; les remises des lignes comptent.&lt;/span&gt;</numerusform>
            <numerusform>&lt;span style=&quot;color:#b00020&quot;&gt;&lt;b&gt;Vérifiez les remises :&lt;/b&gt; dans %n commandes (comme la commande %1), les remises des lignes (%2) dépassent la remise de la commande (%3) ; les remises des lignes comptent.&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importwizard/CheckPageNotes.cpp" line="94"/>
        <source>&lt;span style=&quot;color:#b00020&quot;&gt;&lt;b&gt;Check the discounts:&lt;/b&gt; on %n line(s) the discount in &quot;%1&quot; is larger than the line itself. If the column holds percentages (20 = 20 %), go back and map it as &quot;%2&quot;.&lt;/span&gt;</source>
        <translation>
            <numerusform>&lt;span style=&quot;color:#b00020&quot;&gt;&lt;b&gt;Vérifiez les remises :&lt;/b&gt; sur %n ligne, la remise de « %1 » dépasse la ligne elle-même. Si la colonne contient des pourcentages (20 = 20 %), revenez en arrière et associez-la à « %2 ».&lt;/span&gt;</numerusform>
            <numerusform>&lt;span style=&quot;color:#b00020&quot;&gt;&lt;b&gt;Vérifiez les remises :&lt;/b&gt; sur %n lignes, la remise de « %1 » dépasse la ligne elle-même. Si la colonne contient des pourcentages (20 = 20 %), revenez en arrière et associez-la à « %2 ».&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPageNotes.cpp" line="102"/>
        <source>&lt;span style=&quot;color:#b00020&quot;&gt;&lt;b&gt;Check the discounts:&lt;/b&gt; in each of the %1 orders of several lines with a discount (such as order %2), every line carries the same discount in &quot;%3&quot;. If it is the order&apos;s discount repeated on each line, go back and map the column as &quot;%4&quot;; as a line discount, it is counted %5 too often.&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#b00020&quot;&gt;&lt;b&gt;Vérifiez les remises :&lt;/b&gt; dans chacune des %1 commandes remisées à plusieurs lignes (par exemple la commande %2), chaque ligne porte la même remise dans « %3 ». S’il s’agit de la remise de la commande répétée sur chaque ligne, revenez en arrière et associez la colonne à « %4 » ; comme remise de ligne, elle est comptée %5 de trop.&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPageNotes.cpp" line="143"/>
        <source>Order discounts (%1) are spread over each order&apos;s lines: %2.</source>
        <translation>Les remises de commande (%1) sont réparties sur les lignes de chaque commande : %2.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPageNotes.cpp" line="147"/>
        <source>Shipping (%1) is spread over each order&apos;s lines: %2.</source>
        <translation>Les frais de port (%1) sont répartis sur les lignes de chaque commande : %2.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPageNotes.cpp" line="151"/>
        <source>Shipping (%1) is left out: %2; shipping is not sales.</source>
        <translation>Les frais de port (%1) sont laissés de côté : %2 ; les frais de port ne sont pas des ventes.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPageNotes.cpp" line="161"/>
        <source>Shipping (%1) is left out: shipping is not sales.</source>
        <translation>Les frais de port (%1) sont laissés de côté : les frais de port ne sont pas des ventes.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPageNotes.cpp" line="174"/>
        <source>The file has no channel column: every line is counted in the channel &quot;%1&quot;.</source>
        <translation>Le fichier n’a pas de colonne de canal : chaque ligne est comptée dans le canal « %1 ».</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPageNotes.cpp" line="186"/>
        <source>The file has no store column: every line is counted in the store &quot;%1&quot;.</source>
        <translation>Le fichier n’a pas de colonne de magasin : chaque ligne est comptée dans le magasin « %1 ».</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPageNotes.cpp" line="194"/>
        <source>Refunds (%1): none beyond the orders whose status already makes them returns.</source>
        <translation>Remboursements (%1) : aucun au-delà des commandes que leur statut compte déjà comme retours.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPageNotes.cpp" line="199"/>
        <source>Refunds (%1) are counted as returns: %2, of 1 order whose status does not say refunded.</source>
        <translation>Les remboursements (%1) sont comptés comme retours : %2, d’1 commande dont le statut n’indique pas remboursée.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPageNotes.cpp" line="202"/>
        <source>Refunds (%1) are counted as returns: %2, of %3 orders whose status does not say refunded.</source>
        <translation>Les remboursements (%1) sont comptés comme retours : %2, de %3 commandes dont le statut n’indique pas remboursée.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPageNotes.cpp" line="208"/>
        <source>%1 of refunds beyond their orders&apos; sales is left out: it refunded tax or shipping, which are not sales.</source>
        <translation>%1 de remboursements au-delà des ventes de leurs commandes est laissé de côté : cela remboursait des taxes ou la livraison, qui ne sont pas des ventes.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPageNotes.cpp" line="213"/>
        <source>%1 lines have no price: orders, units and customers count, money figures say &quot;no prices imported&quot; for them.</source>
        <translation>%1 lignes n&apos;ont pas de prix : elles comptent pour les commandes, les articles et les clients ; les montants indiquent « aucun prix importé » pour elles.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPage.cpp" line="359"/>
        <source>&lt;b&gt;%1 of %2 rows can be imported&lt;/b&gt; as %3 order lines (each item a row lists is a line; a refunded item is a sale and a return): %4 new, %5 already in the workspace (%6 of them with changes).</source>
        <translation>&lt;b&gt;%1 lignes sur %2 peuvent être importées&lt;/b&gt; comme %3 lignes de commande (chaque article qu’une ligne liste est une ligne ; un article remboursé est une vente et un retour) : %4 nouvelles, %5 déjà dans l’espace de travail (dont %6 modifiées).</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPage.cpp" line="366"/>
        <source>&lt;b&gt;%1 of %2 rows can be imported&lt;/b&gt; as %3 order lines (a refunded row is a sale and a return): %4 new, %5 already in the workspace (%6 of them with changes).</source>
        <translation>&lt;b&gt;%1 lignes sur %2 peuvent être importées&lt;/b&gt; sous forme de %3 lignes de commande (une ligne remboursée est une vente et un retour) : %4 nouvelles, %5 déjà dans l&apos;espace de travail (dont %6 avec des modifications).</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPage.cpp" line="372"/>
        <source>&lt;b&gt;%1 of %2 rows can be imported&lt;/b&gt; as order lines: %3 new, %4 already in the workspace (%5 of them with changes).</source>
        <translation>&lt;b&gt;%1 lignes sur %2 peuvent être importées&lt;/b&gt; comme lignes de commande : %3 nouvelles, %4 déjà dans l’espace de travail (dont %5 modifiées).</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPage.cpp" line="378"/>
        <source>&lt;b&gt;%1 of %2 rows can be imported&lt;/b&gt;: %3 new, %4 already in the workspace (%5 of them with changes).</source>
        <translation>&lt;b&gt;%1 lignes sur %2 peuvent être importées&lt;/b&gt; : %3 nouvelles, %4 déjà dans l&apos;espace de travail (dont %5 modifiées).</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importwizard/CheckPage.cpp" line="390"/>
        <source>They make %1 order(s).</source>
        <translation>
            <numerusform>Elles forment %1 commande.</numerusform>
            <numerusform>Elles forment %1 commandes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPage.cpp" line="396"/>
        <source>&lt;b&gt;1 row is rejected&lt;/b&gt; and will be left out; it is listed below with the reason. Save it to fix it in the file, or Cancel to import nothing.</source>
        <translation>&lt;b&gt;1 ligne est rejetée&lt;/b&gt; et sera exclue ; elle est listée ci-dessous avec le motif. Enregistrez-la pour la corriger dans le fichier, ou cliquez sur Annuler pour ne rien importer.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPage.cpp" line="398"/>
        <source>&lt;b&gt;%1 rows are rejected&lt;/b&gt; and will be left out; they are listed below with the reason. Save them to fix them in the file, or Cancel to import nothing.</source>
        <translation>&lt;b&gt;%1 lignes sont rejetées&lt;/b&gt; et seront exclues ; elles sont listées ci-dessous avec le motif. Enregistrez-les pour les corriger dans le fichier, ou cliquez sur Annuler pour ne rien importer.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPage.cpp" line="403"/>
        <source>The list shows the first %1.</source>
        <translation>La liste montre les %1 premières.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPage.cpp" line="406"/>
        <source>Nothing can be imported: go back and check the columns.</source>
        <translation>Rien ne peut être importé : revenez en arrière et vérifiez les colonnes.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPage.cpp" line="456"/>
        <source>&amp;Import the Good Rows</source>
        <translation>&amp;Importer les lignes valides</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPage.cpp" line="463"/>
        <source>Order lines of the source &quot;%1&quot;: %2 added (%3), %4 unchanged (%5).</source>
        <translation>Lignes de commande de la source « %1 » : %2 ajoutées (%3), %4 inchangées (%5).</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPage.cpp" line="468"/>
        <source>%1 changed: %2 before, %3 after.</source>
        <translation>%1 modifiées : %2 avant, %3 après.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importwizard/CheckPage.cpp" line="474"/>
        <source>%n order(s) already in the workspace have new refunds or cancellations (%1): each refund becomes a return, dated on the refund date the file gives or else on the order&apos;s day, so the months of those orders change.</source>
        <translation>
            <numerusform>%n commande déjà dans l&apos;espace de travail a un nouveau remboursement (%1) : chaque remboursement devient un retour, daté du remboursement indiqué par le fichier ou sinon du jour de la commande ; le mois de cette commande change.</numerusform>
            <numerusform>%n commandes déjà dans l&apos;espace de travail ont de nouveaux remboursements (%1) : chaque remboursement devient un retour, daté du remboursement indiqué par le fichier ou sinon du jour de la commande ; les mois de ces commandes changent.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPage.cpp" line="499"/>
        <source>&lt;b&gt;Lines of &quot;%1&quot; from %2 to %3 that are not in this file: %4 (%5).&lt;/b&gt; If the file is a new export of those days, they were deleted or corrected where it comes from: tick Replace to remove them. Unticked, they are kept and no line is removed.</source>
        <translation>&lt;b&gt;Lignes de « %1 » du %2 au %3 absentes de ce fichier : %4 (%5).&lt;/b&gt; Si le fichier est un nouvel export de ces jours, elles ont été supprimées ou corrigées à la source : cochez Remplacer pour les supprimer. Non coché, elles sont conservées et aucune ligne n&apos;est supprimée.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPage.cpp" line="506"/>
        <source>&amp;Replace: this file is the truth for %1 from %2 to %3; remove the lines it no longer holds (%4, %5)</source>
        <translation>&amp;Remplacer : ce fichier fait foi pour %1 du %2 au %3 ; supprimer les lignes qu&apos;il ne contient plus (%4, %5)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPage.cpp" line="541"/>
        <source>What the file holds</source>
        <translation>Contenu du fichier</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPage.cpp" line="713"/>
        <source>%1 - rejected rows.csv</source>
        <translation>%1 - lignes rejetées.csv</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPage.cpp" line="715"/>
        <location filename="../ui/importwizard/CheckPage.cpp" line="724"/>
        <source>Save Rejected Rows</source>
        <translation>Enregistrer les lignes rejetées</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPage.cpp" line="715"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPage.cpp" line="723"/>
        <source>Saved to %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPage.cpp" line="725"/>
        <source>%1 rejected rows were saved.</source>
        <translation>%1 lignes rejetées ont été enregistrées.</translation>
    </message>
</context>
<context>
    <name>storelens::ui::ClvTrackingChart</name>
    <message>
        <location filename="../ui/charts/ClvTrackingChart.cpp" line="25"/>
        <source>Repeat purchases per month: actual, expected and expected in the coming months</source>
        <translation>Achats répétés par mois : réels, attendus et attendus dans les prochains mois</translation>
    </message>
    <message>
        <location filename="../ui/charts/ClvTrackingChart.cpp" line="27"/>
        <source>Month ending</source>
        <translation>Fin du mois</translation>
    </message>
    <message>
        <location filename="../ui/charts/ClvTrackingChart.cpp" line="41"/>
        <source>Repeat purchases per month</source>
        <translation>Achats répétés par mois</translation>
    </message>
    <message>
        <location filename="../ui/charts/ClvTrackingChart.cpp" line="43"/>
        <source>Actual</source>
        <translation>Réel</translation>
    </message>
    <message>
        <location filename="../ui/charts/ClvTrackingChart.cpp" line="45"/>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <location filename="../ui/charts/ClvTrackingChart.cpp" line="47"/>
        <source>Expected in the coming months</source>
        <translation>Attendus dans les prochains mois</translation>
    </message>
    <message>
        <location filename="../ui/charts/ClvTrackingChart.cpp" line="86"/>
        <source>Data used up to here</source>
        <translation>Données utilisées jusqu&apos;ici</translation>
    </message>
</context>
<context>
    <name>storelens::ui::CohortCurveChart</name>
    <message>
        <location filename="../ui/charts/CohortCurveChart.cpp" line="50"/>
        <location filename="../ui/charts/CohortCurveChart.cpp" line="88"/>
        <source>Cumulative revenue per customer</source>
        <translation>Chiffre d&apos;affaires cumulé par client</translation>
    </message>
    <message>
        <location filename="../ui/charts/CohortCurveChart.cpp" line="85"/>
        <source>Cumulative revenue per customer: the latest %1 of %2 cohorts</source>
        <translation>Chiffre d’affaires cumulé par client : les %1 dernières cohortes sur %2</translation>
    </message>
    <message>
        <location filename="../ui/charts/CohortCurveChart.cpp" line="47"/>
        <source>Cumulative revenue per customer by cohort</source>
        <translation>Chiffre d&apos;affaires cumulé par client, par cohorte</translation>
    </message>
</context>
<context>
    <name>storelens::ui::CohortHeatmapModel</name>
    <message>
        <location filename="../ui/cohorts/CohortHeatmapModel.cpp" line="82"/>
        <source>no prices</source>
        <translation>sans prix</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortHeatmapModel.cpp" line="100"/>
        <source>Customer retention</source>
        <translation>Rétention client</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortHeatmapModel.cpp" line="102"/>
        <source>Revenue per customer</source>
        <translation>Chiffre d&apos;affaires par client</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortHeatmapModel.cpp" line="104"/>
        <source>Cumulative revenue per customer</source>
        <translation>Chiffre d&apos;affaires cumulé par client</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortHeatmapModel.cpp" line="108"/>
        <source>Orders per customer</source>
        <translation>Commandes par client</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortHeatmapModel.cpp" line="144"/>
        <source>week %1</source>
        <translation>semaine %1</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortHeatmapModel.cpp" line="146"/>
        <source>month %1</source>
        <translation>mois %1</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortHeatmapModel.cpp" line="150"/>
        <source>quarter %1</source>
        <translation>trimestre %1</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortHeatmapModel.cpp" line="156"/>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortHeatmapModel.cpp" line="186"/>
        <source>Cohort %1: all customers</source>
        <translation>Cohorte %1 : tous les clients</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortHeatmapModel.cpp" line="190"/>
        <source>Cohort %1, week %2: customers who bought</source>
        <translation>Cohorte %1, semaine %2 : clients ayant acheté</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortHeatmapModel.cpp" line="192"/>
        <source>Cohort %1, month %2: customers who bought</source>
        <translation>Cohorte %1, mois %2 : clients ayant acheté</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortHeatmapModel.cpp" line="196"/>
        <source>Cohort %1, quarter %2: customers who bought</source>
        <translation>Cohorte %1, trimestre %2 : clients ayant acheté</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/cohorts/CohortHeatmapModel.cpp" line="204"/>
        <source>Cohort %1 (%2): %Ln customer(s)</source>
        <translation>
            <numerusform>Cohorte %1 (%2) : %Ln client</numerusform>
            <numerusform>Cohorte %1 (%2) : %Ln clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/cohorts/CohortHeatmapModel.cpp" line="234"/>
        <source>%1, leaving out %Ln line(s) without prices</source>
        <translation>
            <numerusform>%1, sans compter %Ln ligne sans prix</numerusform>
            <numerusform>%1, sans compter %Ln lignes sans prix</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/cohorts/CohortHeatmapModel.cpp" line="241"/>
        <source>Orders per customer: %1 (%Ln order(s))</source>
        <translation>
            <numerusform>Commandes par client : %1 (%Ln commande)</numerusform>
            <numerusform>Commandes par client : %1 (%Ln commandes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/cohorts/CohortHeatmapModel.cpp" line="244"/>
        <source>Click or press Enter to list the cohort&apos;s %Ln customer(s).</source>
        <translation>
            <numerusform>Cliquez ou appuyez sur Entrée pour lister le client de la cohorte (%Ln).</numerusform>
            <numerusform>Cliquez ou appuyez sur Entrée pour lister les %Ln clients de la cohorte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/cohorts/CohortHeatmapModel.cpp" line="245"/>
        <source>Click or press Enter to list these %Ln customer(s).</source>
        <translation>
            <numerusform>Cliquez ou appuyez sur Entrée pour lister ce client (%Ln).</numerusform>
            <numerusform>Cliquez ou appuyez sur Entrée pour lister ces %Ln clients.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortHeatmapModel.cpp" line="207"/>
        <source>Customers whose first purchase falls in this period.</source>
        <translation>Clients dont le premier achat tombe dans cette période.</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortHeatmapModel.cpp" line="208"/>
        <source>Click or press Enter to list them.</source>
        <translation>Cliquez ou appuyez sur Entrée pour les lister.</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortHeatmapModel.cpp" line="212"/>
        <source>Age: %1 (%2)</source>
        <translation>Âge : %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortHeatmapModel.cpp" line="214"/>
        <source>This period is after the last day with data: no value yet.</source>
        <translation>Cette période est postérieure au dernier jour avec des données : pas encore de valeur.</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortHeatmapModel.cpp" line="218"/>
        <source>To date: the period is not over yet (data up to %1).</source>
        <translation>À ce jour : la période n&apos;est pas encore terminée (données jusqu&apos;au %1).</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortHeatmapModel.cpp" line="229"/>
        <source>no prices imported</source>
        <translation>aucun prix importé</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortHeatmapModel.cpp" line="230"/>
        <source>%1 (net sales %2)</source>
        <translation>%1 (chiffre d&apos;affaires net %2)</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortHeatmapModel.cpp" line="239"/>
        <source>Revenue per customer: %1</source>
        <translation>Chiffre d&apos;affaires par client : %1</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortHeatmapModel.cpp" line="240"/>
        <source>Cumulative revenue per customer: %1</source>
        <translation>Chiffre d&apos;affaires cumulé par client : %1</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortHeatmapModel.cpp" line="223"/>
        <source>Customer retention: %1 (%2 of %3 customers bought)</source>
        <translation>Rétention client : %1 (%2 sur %3 clients ont acheté)</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortHeatmapModel.cpp" line="321"/>
        <source>%1 (to date)</source>
        <translation>%1 (à ce jour)</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortHeatmapModel.cpp" line="323"/>
        <source>Cohort %1: customers whose first purchase falls in %2</source>
        <translation>Cohorte %1 : clients dont le premier achat tombe dans la période %2</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortHeatmapModel.cpp" line="330"/>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortHeatmapModel.cpp" line="339"/>
        <source>Cohort size: customers whose first purchase falls in the cohort&apos;s period</source>
        <translation>Taille de la cohorte : clients dont le premier achat tombe dans la période de la cohorte</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortHeatmapModel.cpp" line="340"/>
        <source>Age %1: periods since the cohort&apos;s first period (0 is that period itself)</source>
        <translation>Âge %1 : périodes écoulées depuis la première période de la cohorte (0 est cette période elle-même)</translation>
    </message>
</context>
<context>
    <name>storelens::ui::CohortHeatmapView</name>
    <message>
        <location filename="../ui/cohorts/CohortHeatmapView.cpp" line="36"/>
        <source>Cohort heatmap</source>
        <translation>Carte de chaleur des cohortes</translation>
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
        <translation>semaine du %1</translation>
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
        <translation>%1 : chaque cellule vaut %2, les couleurs ne varient donc pas.</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortLegend.cpp" line="62"/>
        <source>%1: the colour runs from %2 (palest) to %3 or more (strongest).</source>
        <translation>%1 : la couleur va de %2 (la plus pâle) à %3 ou plus (la plus intense).</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortLegend.cpp" line="66"/>
        <source>Hatched cells with a dashed outline are figures to date: their period is not over yet.</source>
        <translation>Les cellules hachurées au contour en pointillés sont des chiffres à ce jour : leur période n&apos;est pas encore terminée.</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortLegend.cpp" line="74"/>
        <source>%1:</source>
        <comment>a label before the colour scale</comment>
        <translation>%1 :</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortLegend.cpp" line="92"/>
        <source>To date (the period is not over yet)</source>
        <translation>À ce jour (la période n&apos;est pas encore terminée)</translation>
    </message>
</context>
<context>
    <name>storelens::ui::CohortsView</name>
    <message>
        <location filename="../ui/cohorts/CohortsView.cpp" line="63"/>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortsView.cpp" line="64"/>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortsView.cpp" line="65"/>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortsView.cpp" line="70"/>
        <source>&amp;Metric:</source>
        <translation>&amp;Indicateur :</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortsView.cpp" line="72"/>
        <source>Cohorts &amp;by:</source>
        <translation>Cohortes pa&amp;r :</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortsView.cpp" line="111"/>
        <location filename="../ui/cohorts/CohortsView.cpp" line="171"/>
        <source>Open a workspace to see how customers come back: import orders or open the sample store from the File menu.</source>
        <translation>Ouvrez un espace de travail pour voir comment les clients reviennent : importez des commandes ou ouvrez le magasin d&apos;exemple depuis le menu Fichier.</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortsView.cpp" line="186"/>
        <source>The cohorts could not be computed: %1</source>
        <translation>Les cohortes n&apos;ont pas pu être calculées : %1</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortsView.cpp" line="217"/>
        <source>No orders yet: import orders (File, Import) or open the sample store to see cohorts.</source>
        <translation>Pas encore de commandes : importez des commandes (Fichier, Importer) ou ouvrez le magasin d&apos;exemple pour voir les cohortes.</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortsView.cpp" line="228"/>
        <source>No customer made a first purchase in the selected date range with these filters. Widen the date range or clear a filter.</source>
        <translation>Aucun client n&apos;a fait de premier achat dans la plage de dates choisie avec ces filtres. Élargissez la plage de dates ou supprimez un filtre.</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortsView.cpp" line="266"/>
        <source>Age in weeks</source>
        <translation>Âge en semaines</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortsView.cpp" line="269"/>
        <source>Age in months</source>
        <translation>Âge en mois</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortsView.cpp" line="272"/>
        <source>Age in quarters</source>
        <translation>Âge en trimestres</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortsView.cpp" line="278"/>
        <source>Net sales per customer</source>
        <translation>Chiffre d&apos;affaires net par client</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortsView.cpp" line="279"/>
        <source>Net sales per customer (%1)</source>
        <translation>Chiffre d&apos;affaires net par client (%1)</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortsView.cpp" line="288"/>
        <source>Customers who first bought from %1 to %2 (%3, %4), followed up to %5; no comparison with another period.</source>
        <translation>Clients ayant acheté pour la première fois du %1 au %2 (%3, %4), suivis jusqu&apos;au %5 ; pas de comparaison avec une autre période.</translation>
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
            <numerusform>%Ln client</numerusform>
            <numerusform>%Ln clients</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortsView.cpp" line="299"/>
        <source>Some lines were imported without prices: revenue cells of those lines say &quot;no prices&quot; (their money is unknown, not 0); ~ marks a value that leaves such lines out.</source>
        <translation>Certaines lignes ont été importées sans prix : les cellules de chiffre d&apos;affaires de ces lignes indiquent « sans prix » (leur montant est inconnu, et non 0) ; ~ signale une valeur qui exclut de telles lignes.</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortsView.cpp" line="318"/>
        <source>%1 or more</source>
        <translation>%1 ou plus</translation>
    </message>
</context>
<context>
    <name>storelens::ui::ColumnAnalysis</name>
    <message>
        <location filename="../ui/importwizard/ColumnAnalysis.cpp" line="40"/>
        <source>Date (year-month-day)</source>
        <translation>Date (année-mois-jour)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnAnalysis.cpp" line="42"/>
        <source>Date (day/month/year)</source>
        <translation>Date (jour/mois/année)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnAnalysis.cpp" line="44"/>
        <source>Date (month/day/year)</source>
        <translation>Date (mois/jour/année)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnAnalysis.cpp" line="48"/>
        <source>Date (day and month order open)</source>
        <translation>Date (ordre jour/mois indéterminé)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnAnalysis.cpp" line="54"/>
        <source>Empty</source>
        <translation>Vide</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnAnalysis.cpp" line="66"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnAnalysis.cpp" line="69"/>
        <source>Whole number</source>
        <translation>Nombre entier</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnAnalysis.cpp" line="70"/>
        <source>Number (decimal comma)</source>
        <translation>Nombre (virgule décimale)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnAnalysis.cpp" line="71"/>
        <source>Number (decimal point)</source>
        <translation>Nombre (point décimal)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnAnalysis.cpp" line="108"/>
        <source>This is not a yes/no value.</source>
        <translation>Ce n&apos;est pas une valeur oui/non.</translation>
    </message>
</context>
<context>
    <name>storelens::ui::ColumnsPage</name>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="98"/>
        <source>&quot;%1&quot;</source>
        <comment>a status value quoted in a list</comment>
        <translation>« %1 »</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="180"/>
        <source>The file has &amp;no prices (import anyway)</source>
        <translation>Le fichier &amp;n&apos;a pas de prix (importer quand même)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="181"/>
        <source>S&amp;pread order discounts over the lines</source>
        <translation>&amp;Répartir les remises de commande sur les lignes</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="184"/>
        <source>S&amp;ource:</source>
        <translation>S&amp;ource :</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="187"/>
        <source>Tell StoreLens what each column holds</source>
        <translation>Indiquez à StoreLens ce que contient chaque colonne</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="203"/>
        <source>The system this export comes from: the till, the web shop, an ERP. The same order number from two sources is two orders.</source>
        <translation>Le système d&apos;où provient cet export : la caisse, la boutique en ligne, un ERP. Le même numéro de commande venant de deux sources correspond à deux commandes.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="209"/>
        <source>Detect from the whole file</source>
        <translation>Détecter d&apos;après tout le fichier</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="210"/>
        <source>Year-month-day (2024-03-31)</source>
        <translation>Année-mois-jour (2024-03-31)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="211"/>
        <source>Day/month/year (31/03/2024)</source>
        <translation>Jour/mois/année (31/03/2024)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="212"/>
        <source>Month/day/year (03/31/2024)</source>
        <translation>Mois/jour/année (03/31/2024)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="213"/>
        <source>Point (1,234.50)</source>
        <translation>Point (1,234.50)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="214"/>
        <source>Comma (1.234,50)</source>
        <translation>Virgule (1 234,50)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="218"/>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="218"/>
        <source>Holds</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="218"/>
        <source>Examples</source>
        <translation>Exemples</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="218"/>
        <source>Looks like</source>
        <translation>Ressemble à</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="218"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="238"/>
        <source>&amp;Dates are written as:</source>
        <translation>&amp;Dates écrites sous la forme :</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="240"/>
        <source>Decimal &amp;separator:</source>
        <translation>&amp;Séparateur décimal :</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="250"/>
        <source>before the line discount</source>
        <translation>avant la remise de ligne</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="251"/>
        <source>after the line discount</source>
        <translation>après la remise de ligne</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="253"/>
        <source>each row</source>
        <translation>chaque ligne</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="254"/>
        <source>one per customer per day</source>
        <translation>une par client et par jour</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="260"/>
        <source>The channel of every line whose file has no channel column (or an empty cell): a till&apos;s sales are in store, a web shop&apos;s online.</source>
        <translation>Le canal de chaque ligne dont le fichier n&apos;a pas de colonne de canal (ou une cellule vide) : les ventes d&apos;une caisse sont en magasin, celles d&apos;une boutique en ligne en ligne.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="264"/>
        <source>An order discount given once per order is split over the order&apos;s lines in proportion to their amounts, to the cent; unchecked, it is left out. Shipping is not sales: a column mapped as shipping is counted and left out.</source>
        <translation>Une remise de commande indiquée une seule fois par commande est répartie sur les lignes de la commande au prorata de leurs montants, au centime près ; si la case est décochée, elle est exclue. Les frais de port ne sont pas des ventes : une colonne associée aux frais de port est comptée et laissée de côté.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="267"/>
        <source>Orders, units, customers and cohorts count; money figures say &quot;no prices imported&quot; for these lines.</source>
        <translation>Les commandes, articles, clients et cohortes sont comptés ; les montants indiquent « aucun prix importé » pour ces lignes.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="273"/>
        <source>&amp;Line totals are:</source>
        <translation>Les &amp;totaux de ligne sont :</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="275"/>
        <source>Without an order ID, an &amp;order is:</source>
        <translation>Sans numéro de commande, une &amp;commande correspond à :</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="277"/>
        <source>C&amp;hannel where none is given:</source>
        <translation>Ca&amp;nal si aucun n&apos;est indiqué :</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="380"/>
        <source>StoreLens suggested a field for the columns it recognised (%1). Fields marked * are required; columns set to Ignore are left out.</source>
        <translation>StoreLens a proposé un champ pour les colonnes reconnues (%1). Les champs marqués * sont obligatoires ; les colonnes réglées sur Ignorer sont exclues.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="399"/>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="401"/>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="504"/>
        <source>&quot;%1&quot; is read as the line total, so &quot;%2&quot; is no longer read as the unit price: a line&apos;s amount comes from one of them.</source>
        <translation>« %1 » est lu comme total de ligne, donc « %2 » n&apos;est plus lu comme prix unitaire : le montant d&apos;une ligne vient de l&apos;une des deux.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="507"/>
        <source>&quot;%1&quot; is read as the unit price, so &quot;%2&quot; is no longer read as the line total: a line&apos;s amount comes from one of them.</source>
        <translation>« %1 » est lu comme prix unitaire, donc « %2 » n&apos;est plus lu comme total de ligne : le montant d&apos;une ligne vient de l&apos;une des deux.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="584"/>
        <source>&quot;%1&quot;: %2</source>
        <translation>« %1 » : %2</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="595"/>
        <source>Every required field has a column.</source>
        <translation>Chaque champ obligatoire a une colonne.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="596"/>
        <source>&lt;b&gt;Still to choose:&lt;/b&gt; %1.</source>
        <translation>&lt;b&gt;Reste à choisir :&lt;/b&gt; %1.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="603"/>
        <source>column %1 &quot;%2&quot;</source>
        <translation>colonne %1 « %2 »</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="606"/>
        <source>&lt;b&gt;Choose which column holds %1:&lt;/b&gt; %2 both name it, and nothing in the file tells which one to use.</source>
        <translation>&lt;b&gt;Choisissez la colonne qui contient %1 :&lt;/b&gt; %2 le désignent toutes deux, et rien dans le fichier n&apos;indique laquelle utiliser.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="609"/>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="614"/>
        <source>&lt;b&gt;Day or month first?&lt;/b&gt; In the rows shown, a date such as &quot;%1&quot; could be day/month or month/day. Choose under &quot;Dates are written as&quot; if you know how your system writes dates; otherwise StoreLens reads the whole file to tell, and stops to ask if no day in it is above 12.</source>
        <translation>&lt;b&gt;Jour ou mois en premier ?&lt;/b&gt; Dans les lignes affichées, une date telle que « %1 » peut se lire jour/mois ou mois/jour. Choisissez sous « Dates écrites sous la forme » si vous savez comment votre système écrit les dates ; sinon StoreLens lit tout le fichier pour le savoir, et s&apos;arrête pour vous le demander si aucun jour n&apos;y dépasse 12.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="620"/>
        <source>Highlighted columns have values that do not read as the field chosen for them; rows with such values will be rejected. Check the field, the date order and the decimal separator.</source>
        <translation>Les colonnes surlignées contiennent des valeurs qui ne correspondent pas au champ choisi ; les lignes contenant ces valeurs seront rejetées. Vérifiez le champ, l&apos;ordre des dates et le séparateur décimal.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="624"/>
        <source>Order IDs that start with &quot;%1&quot; are read as cancellations (returns).</source>
        <translation>Les numéros de commande commençant par « %1 » sont lus comme des avoirs (retours).</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="632"/>
        <source>Orders whose status marks a refund or a cancellation (none in the rows shown) were sold and refunded: each of their lines counts as a sale and a return.</source>
        <translation>Les commandes dont le statut indique un remboursement (aucune dans les lignes affichées) ont été vendues puis remboursées : chacune de leurs lignes compte comme une vente et un retour.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="637"/>
        <source>Rows whose status is %1 are refunds: each counts as a return dated on the refund&apos;s day, not as a sale.</source>
        <translation>Les lignes au statut %1 sont des remboursements : chacune compte comme un retour daté du jour du remboursement, et non comme une vente.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="640"/>
        <source>Orders whose status is %1 were sold and refunded: each of their lines counts as a sale and a return. If a status means the item was voided before payment, the Check step can leave it out instead.</source>
        <translation>Les commandes au statut %1 ont été vendues puis remboursées : chacune de leurs lignes compte comme une vente et un retour. Si un statut signifie que l&apos;article a été annulé avant paiement, l&apos;étape Vérification peut l&apos;écarter à la place.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="649"/>
        <source>Lines whose status is %1 were voided on the till before payment: they are left out of sales. If such a status means the sale was refunded, the Check step can count it as a cancellation instead.</source>
        <translation>Les lignes au statut %1 ont été annulées en caisse avant paiement : elles sont écartées des ventes. Si un tel statut signifie que la vente a été remboursée, l&apos;étape Vérification peut le compter comme vendu puis remboursé.</translation>
    </message>
</context>
<context>
    <name>storelens::ui::CustomerDataActions</name>
    <message>
        <location filename="../ui/customers/CustomerDataActions.cpp" line="31"/>
        <source>The customer&apos;s data could not be written: %1</source>
        <translation>Les données du client n&apos;ont pas pu être écrites : %1</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerDataActions.cpp" line="42"/>
        <source>Export This Customer&apos;s Data…</source>
        <translation>Exporter les données de ce client…</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerDataActions.cpp" line="43"/>
        <source>Forget This Customer…</source>
        <translation>Oublier ce client…</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerDataActions.cpp" line="50"/>
        <source>Save everything this workspace holds on the customer (their record, order lines, figures and segments) as JSON or CSV.</source>
        <translation>Enregistrer tout ce que cet espace de travail contient sur le client (sa fiche, ses lignes de commande, ses chiffres et ses segments) au format JSON ou CSV.</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerDataActions.cpp" line="53"/>
        <source>Remove the customer&apos;s personal data for good. Their purchases stay as guest purchases, so sales totals do not change.</source>
        <translation>Supprimer définitivement les données personnelles du client. Ses achats restent comme achats sans compte client : les totaux des ventes ne changent donc pas.</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerDataActions.cpp" line="65"/>
        <source>Saved the customer&apos;s data to %1.</source>
        <translation>Données du client enregistrées dans %1.</translation>
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
        <translation>Exporter les données de ce client</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerDataActions.cpp" line="109"/>
        <source>customer-%1.json</source>
        <translation>client-%1.json</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerDataActions.cpp" line="150"/>
        <source>Forget This Customer</source>
        <translation>Oublier ce client</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerDataActions.cpp" line="151"/>
        <source>Forget %1 (ID %2)?</source>
        <translation>Oublier %1 (n° %2) ?</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerDataActions.cpp" line="155"/>
        <source>Their name, e-mail address and every other detail of their customer record are removed from this workspace for good. Their purchases stay as guest purchases, so orders and sales do not change. Export their data first if you need it. A later orders import keeps their purchases as guest purchases; importing a customer list that still holds them brings them back.</source>
        <translation>Son nom, son adresse e-mail et tous les autres détails de sa fiche client sont supprimés définitivement de cet espace de travail. Ses achats restent des achats d&apos;invité : les commandes et les ventes ne changent pas. Exportez d&apos;abord ses données si vous en avez besoin. Une importation ultérieure de commandes garde ses achats comme achats d&apos;invité ; importer une liste de clients qui le contient encore le fait revenir.</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerDataActions.cpp" line="159"/>
        <source>Forget</source>
        <translation>Oublier</translation>
    </message>
</context>
<context>
    <name>storelens::ui::CustomerListModel</name>
    <message>
        <location filename="../ui/customers/CustomerListModel.cpp" line="141"/>
        <source>no prices</source>
        <translation>sans prix</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerListModel.cpp" line="158"/>
        <source>Customer ID</source>
        <translation>N° client</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerListModel.cpp" line="160"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerListModel.cpp" line="162"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerListModel.cpp" line="164"/>
        <source>First purchase</source>
        <translation>Premier achat</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerListModel.cpp" line="166"/>
        <source>Last purchase</source>
        <translation>Dernier achat</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerListModel.cpp" line="168"/>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerListModel.cpp" line="170"/>
        <source>Net sales</source>
        <translation>Chiffre d&apos;affaires net</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerListModel.cpp" line="172"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerListModel.cpp" line="174"/>
        <source>Lifecycle</source>
        <translation>Cycle de vie</translation>
    </message>
</context>
<context>
    <name>storelens::ui::CustomerProfilePane</name>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="106"/>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="236"/>
        <source>Select a customer in the list to see their profile.</source>
        <translation>Sélectionnez un client dans la liste pour voir sa fiche.</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="132"/>
        <source>First purchase</source>
        <translation>Premier achat</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="133"/>
        <source>Last purchase</source>
        <translation>Dernier achat</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="134"/>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="173"/>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="179"/>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="135"/>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="169"/>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="174"/>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="176"/>
        <source>Net sales</source>
        <translation>Chiffre d&apos;affaires net</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="136"/>
        <source>Average order value</source>
        <translation>Panier moyen</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="137"/>
        <source>Recency</source>
        <translation>Récence</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="138"/>
        <source>RFM scores</source>
        <translation>Scores RFM</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="139"/>
        <source>RFM segment</source>
        <translation>Segment RFM</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="140"/>
        <source>Lifecycle</source>
        <translation>Cycle de vie</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="141"/>
        <source>Value tier</source>
        <translation>Niveau de valeur</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="142"/>
        <source>Predicted CLV (next %1 months)</source>
        <translation>CLV prédite (%1 prochains mois)</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="143"/>
        <source>Chance still a customer</source>
        <translation>Probabilité d’être encore client</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="168"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="168"/>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="168"/>
        <source>Where</source>
        <comment>an order&apos;s store and channel</comment>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="169"/>
        <source>Net units</source>
        <translation>Articles nets</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="173"/>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="173"/>
        <source>SKU</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="173"/>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="176"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="173"/>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="176"/>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="174"/>
        <source>Last bought</source>
        <translation>Dernier achat</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="176"/>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="180"/>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="181"/>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="191"/>
        <source>Orders over time (returns below the line)</source>
        <translation>Commandes dans le temps (retours sous la ligne)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="202"/>
        <source>Customer %1 was forgotten: their personal data is gone and their %n order line(s) are now guest lines.</source>
        <translation>
            <numerusform>Le client %1 a été oublié : ses données personnelles ont été supprimées et %n ligne de commande est désormais une ligne sans compte client.</numerusform>
            <numerusform>Le client %1 a été oublié : ses données personnelles ont été supprimées et ses %n lignes de commande sont désormais des lignes sans compte client.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="239"/>
        <source>Customer %1</source>
        <translation>Client %1</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="240"/>
        <source>ID %1</source>
        <translation>N° %1</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="259"/>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="261"/>
        <source>no prices imported</source>
        <translation>aucun prix importé</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="262"/>
        <source>no orders</source>
        <translation>aucune commande</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="263"/>
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln jour</numerusform>
            <numerusform>%Ln jours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="265"/>
        <source>Days from the last purchase to %1, the day after the last day with data.</source>
        <translation>Jours entre le dernier achat et le %1, le lendemain du dernier jour avec des données.</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="269"/>
        <source>R %1 · F %2 · M %3</source>
        <translation>R %1 · F %2 · M %3</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="278"/>
        <source>%1 (compared with the other customers)</source>
        <translation>%1 (par rapport aux autres clients)</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="280"/>
        <source>The RFM segment compares this customer with the others: how recently, how often and how much they bought (the RFM scores above).</source>
        <translation>Le segment RFM compare ce client aux autres : à quel point ses achats sont récents, fréquents et importants (les scores RFM ci-dessus).</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="283"/>
        <source>The lifecycle stage counts the days since the first and the last purchase: New, Active, At risk, Lapsed.</source>
        <translation>L&apos;étape du cycle de vie compte les jours depuis le premier et le dernier achat : Nouveau, Actif, À risque, Inactif.</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="311"/>
        <source>no prices</source>
        <translation>sans prix</translation>
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
        <translation>Retours uniquement : non compté comme une commande.</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="344"/>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="355"/>
        <source>(none)</source>
        <translation>(non renseigné)</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="390"/>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="391"/>
        <source>not available</source>
        <translation>non disponible</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="392"/>
        <source>The prediction failed: %1</source>
        <translation>La prédiction a échoué : %1</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="403"/>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="404"/>
        <source>calculating…</source>
        <translation>calcul en cours…</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="422"/>
        <source>not predicted</source>
        <translation>non prédite</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="428"/>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="429"/>
        <source>no prediction</source>
        <translation>aucune prédiction</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="431"/>
        <source>The prediction models have no row for this customer.</source>
        <translation>Les modèles de prédiction n&apos;ont aucune ligne pour ce client.</translation>
    </message>
</context>
<context>
    <name>storelens::ui::CustomersView</name>
    <message>
        <location filename="../ui/customers/CustomersView.cpp" line="46"/>
        <source>Show &amp;all</source>
        <translation>&amp;Tout afficher</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomersView.cpp" line="59"/>
        <source>Search by ID, name, email, country or segment</source>
        <translation>Rechercher par numéro, nom, e-mail, pays ou segment</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomersView.cpp" line="61"/>
        <source>Search customers</source>
        <translation>Rechercher des clients</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomersView.cpp" line="62"/>
        <source>&amp;Find:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomersView.cpp" line="100"/>
        <source>customers</source>
        <translation>clients</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomersView.cpp" line="106"/>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomersView.cpp" line="167"/>
        <location filename="../ui/customers/CustomersView.cpp" line="194"/>
        <source>Open a workspace to see its customers: import orders or open the sample store from the File menu.</source>
        <translation>Ouvrez un espace de travail pour voir ses clients : importez des commandes ou ouvrez le magasin d&apos;exemple depuis le menu Fichier.</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomersView.cpp" line="213"/>
        <source>The customers could not be listed: %1</source>
        <translation>Les clients n&apos;ont pas pu être listés : %1</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomersView.cpp" line="235"/>
        <source>No customer has a purchase with these filters. Clear a filter to see more.</source>
        <translation>Aucun client n&apos;a d&apos;achat avec ces filtres. Supprimez un filtre pour en voir davantage.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/customers/CustomersView.cpp" line="359"/>
        <source>%Ln of %1 customers, with every purchase up to %2: the date range does not apply here</source>
        <translation>
            <numerusform>%Ln client sur %1, avec chaque achat jusqu&apos;au %2 : la plage de dates ne s&apos;applique pas ici</numerusform>
            <numerusform>%Ln clients sur %1, avec chaque achat jusqu&apos;au %2 : la plage de dates ne s&apos;applique pas ici</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomersView.cpp" line="231"/>
        <source>No orders yet: import orders (File, Import) or open the sample store to see customers.</source>
        <translation>Pas encore de commandes : importez des commandes (Fichier, Importer) ou ouvrez le magasin d&apos;exemple pour voir les clients.</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomersView.cpp" line="316"/>
        <source>Showing: %1</source>
        <translation>Affichage : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/customers/CustomersView.cpp" line="333"/>
        <source>Showing: %1 (%Ln customer(s); %2 more outside the current filters)</source>
        <translation>
            <numerusform>Affichage : %1 (%Ln client ; %2 de plus hors des filtres actuels)</numerusform>
            <numerusform>Affichage : %1 (%Ln clients ; %2 de plus hors des filtres actuels)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/customers/CustomersView.cpp" line="335"/>
        <source>Showing: %1 (%Ln customer(s))</source>
        <translation>
            <numerusform>Affichage : %1 (%Ln client)</numerusform>
            <numerusform>Affichage : %1 (%Ln clients)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomersView.cpp" line="350"/>
        <source>No customer matches &quot;%1&quot;. Clear the search to see all %2.</source>
        <translation>Aucun client ne correspond à « %1 ». Effacez la recherche pour voir les %2.</translation>
    </message>
</context>
<context>
    <name>storelens::ui::DashboardPage</name>
    <message>
        <location filename="../ui/shell/DashboardPage.cpp" line="30"/>
        <source>&amp;Overview</source>
        <translation>&amp;Vue d&apos;ensemble</translation>
    </message>
    <message>
        <location filename="../ui/shell/DashboardPage.cpp" line="31"/>
        <source>&amp;Cohorts</source>
        <translation>&amp;Cohortes</translation>
    </message>
    <message>
        <location filename="../ui/shell/DashboardPage.cpp" line="32"/>
        <source>&amp;Segments</source>
        <translation>&amp;Segments</translation>
    </message>
    <message>
        <location filename="../ui/shell/DashboardPage.cpp" line="33"/>
        <source>C&amp;ustomers</source>
        <translation>C&amp;lients</translation>
    </message>
    <message>
        <location filename="../ui/shell/DashboardPage.cpp" line="34"/>
        <source>&amp;Predictions</source>
        <translation>&amp;Prédictions</translation>
    </message>
</context>
<context>
    <name>storelens::ui::DateRangePreset</name>
    <message>
        <location filename="../ui/dashboard/DateRangePreset.cpp" line="46"/>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DateRangePreset.cpp" line="48"/>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DateRangePreset.cpp" line="50"/>
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DateRangePreset.cpp" line="52"/>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DateRangePreset.cpp" line="56"/>
        <source>This quarter</source>
        <translation>Ce trimestre</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DateRangePreset.cpp" line="54"/>
        <source>Last complete month</source>
        <translation>Dernier mois complet</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DateRangePreset.cpp" line="58"/>
        <source>Last complete quarter</source>
        <translation>Dernier trimestre complet</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DateRangePreset.cpp" line="60"/>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DateRangePreset.cpp" line="62"/>
        <source>Year to date</source>
        <translation>Depuis le début de l&apos;année</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DateRangePreset.cpp" line="64"/>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DateRangePreset.cpp" line="66"/>
        <source>All time</source>
        <translation>Tout l&apos;historique</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DateRangePreset.cpp" line="68"/>
        <source>Custom range</source>
        <translation>Plage personnalisée</translation>
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
            <numerusform>Chaque personne est comptée une fois : %n client de ce fichier est le client de l&apos;espace de travail qui a la même adresse e-mail ou le même numéro de téléphone. Le profil d&apos;importation garde ce choix.</numerusform>
            <numerusform>Chaque personne est comptée une fois : %n clients de ce fichier sont les clients de l&apos;espace de travail qui ont la même adresse e-mail ou le même numéro de téléphone. Le profil d&apos;importation garde ce choix.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/importwizard/EmailKeyOffer.cpp" line="30"/>
        <source>Gives each line the workspace&apos;s customer with the address in &quot;%1&quot;, checks the file again and keeps the choice in the import profile.</source>
        <translation>Attribue à chaque ligne le client de l&apos;espace de travail qui a l&apos;adresse de « %1 », vérifie à nouveau le fichier et garde ce choix dans le profil d&apos;importation.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/EmailKeyOffer.cpp" line="33"/>
        <source>Gives each line the workspace&apos;s customer with the address in &quot;%1&quot; or, without one, the number in &quot;%2&quot;, checks the file again and keeps the choice in the import profile.</source>
        <translation>Attribue à chaque ligne le client de l&apos;espace de travail qui a l&apos;adresse de « %1 » ou, à défaut, le numéro de « %2 », vérifie à nouveau le fichier et garde ce choix dans le profil d&apos;importation.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/EmailKeyOffer.cpp" line="36"/>
        <source>Count Each Person &amp;Once</source>
        <translation>Compter chaque personne une &amp;fois</translation>
    </message>
</context>
<context>
    <name>storelens::ui::ExplainFormat</name>
    <message>
        <location filename="../ui/dashboard/ExplainFormat.cpp" line="45"/>
        <source>Store</source>
        <translation>Magasin</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExplainFormat.cpp" line="47"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExplainFormat.cpp" line="49"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExplainFormat.cpp" line="51"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExplainFormat.cpp" line="53"/>
        <source>New or returning</source>
        <translation>Nouveaux ou récurrents</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExplainFormat.cpp" line="55"/>
        <source>Saved segment</source>
        <translation>Segment enregistré</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExplainFormat.cpp" line="57"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExplainFormat.cpp" line="104"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExplainFormat.cpp" line="105"/>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExplainFormat.cpp" line="117"/>
        <source>mix of %1</source>
        <translation>mix par %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExplainFormat.cpp" line="118"/>
        <source>rate within each</source>
        <translation>taux au sein de chacun</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExplainFormat.cpp" line="126"/>
        <source>all others</source>
        <translation>tous les autres</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExplainFormat.cpp" line="128"/>
        <source>change</source>
        <translation>évolution</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExplainFormat.cpp" line="137"/>
        <source>%1 by factor</source>
        <translation>%1 par facteur</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExplainFormat.cpp" line="139"/>
        <source>%1: mix and rate by %2</source>
        <translation>%1 : mix et taux par %2</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExplainFormat.cpp" line="140"/>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExplainFormat.cpp" line="158"/>
        <source>%1 In the comparison period the rate&apos;s 95 % interval was %2 to %3.</source>
        <translation>%1 Sur la période de comparaison, l&apos;intervalle à 95 % du taux allait de %2 à %3.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExplainFormat.cpp" line="161"/>
        <source>%1 Allowing for the usual day-to-day swings, the daily average changed by somewhere between %2 and %3 (95 % interval): it may not have changed at all.</source>
        <translation>%1 Compte tenu des fluctuations habituelles d&apos;un jour à l&apos;autre, la moyenne quotidienne a varié de %2 à %3 (intervalle à 95 %) : elle n&apos;a peut-être pas changé du tout.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExplainFormat.cpp" line="164"/>
        <source>%1 Allowing for the usual day-to-day swings, the daily average changed by somewhere between %2 and %3 (95 % interval).</source>
        <translation>%1 Compte tenu des fluctuations habituelles d&apos;un jour à l&apos;autre, la moyenne quotidienne a varié de %2 à %3 (intervalle à 95 %).</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExplainFormat.cpp" line="173"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExplainFormat.cpp" line="175"/>
        <source>Now: %1; before: %2.</source>
        <translation>Maintenant : %1 ; avant : %2.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExplainFormat.cpp" line="181"/>
        <source>StoreLens does not explain the change of %1.</source>
        <translation>StoreLens n&apos;explique pas l&apos;évolution de %1.</translation>
    </message>
</context>
<context>
    <name>storelens::ui::ExplainPanel</name>
    <message>
        <location filename="../ui/dashboard/ExplainPanel.cpp" line="70"/>
        <source>Close the explanation (Esc)</source>
        <translation>Fermer l&apos;explication (Échap)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExplainPanel.cpp" line="71"/>
        <source>Close the explanation</source>
        <translation>Fermer l&apos;explication</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExplainPanel.cpp" line="98"/>
        <source>Largest parts &amp;by</source>
        <translation>Principales parts &amp;par</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExplainPanel.cpp" line="187"/>
        <source>Why did %1 change?</source>
        <translation>%1 : pourquoi cette évolution ?</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExplainPanel.cpp" line="230"/>
        <source>Open a workspace to see why a figure changed.</source>
        <translation>Ouvrez un espace de travail pour voir pourquoi un chiffre a évolué.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExplainPanel.cpp" line="233"/>
        <source>Working out where the change came from…</source>
        <translation>Recherche de l&apos;origine de l&apos;évolution…</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExplainPanel.cpp" line="246"/>
        <source>The change could not be explained: %1</source>
        <translation>L&apos;évolution n&apos;a pas pu être expliquée : %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExplainPanel.cpp" line="254"/>
        <source>There is no change to explain: %1</source>
        <translation>Il n&apos;y a pas d&apos;évolution à expliquer : %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExplainPanel.cpp" line="265"/>
        <source>How this was judged: %1.</source>
        <translation>Comment cela a été jugé : %1.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExplainPanel.cpp" line="300"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExplainPanel.cpp" line="300"/>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExplainPanel.cpp" line="302"/>
        <source>Mix</source>
        <translation>Mix</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExplainPanel.cpp" line="302"/>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExplainPanel.cpp" line="303"/>
        <source>Part of the change</source>
        <translation>Part de l&apos;évolution</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExplainPanel.cpp" line="314"/>
        <source>Click to show only %1 on the dashboard.</source>
        <translation>Cliquez pour n&apos;afficher que %1 dans le tableau de bord.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExplainPanel.cpp" line="315"/>
        <source>The dashboard cannot be filtered by this.</source>
        <translation>Le tableau de bord ne peut pas être filtré selon ce critère.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExplainPanel.cpp" line="328"/>
        <source>The %1 largest of %2 parts.</source>
        <translation>Les %1 plus grandes parts sur %2.</translation>
    </message>
</context>
<context>
    <name>storelens::ui::ExportStyle</name>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="28"/>
        <source>Squarespace orders</source>
        <translation>Commandes Squarespace</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="30"/>
        <source>Shopify orders</source>
        <translation>Commandes Shopify</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="32"/>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="34"/>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="36"/>
        <source>PrestaShop customers</source>
        <translation>Clients PrestaShop</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="38"/>
        <source>Shopify customers</source>
        <translation>Clients Shopify</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="40"/>
        <source>BigCommerce orders</source>
        <translation>Commandes BigCommerce</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="42"/>
        <source>Odoo POS order lines</source>
        <translation>Lignes de commande Odoo PdV</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="44"/>
        <source>Magento orders</source>
        <translation>Commandes Magento</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="46"/>
        <source>Shopware orders</source>
        <translation>Commandes Shopware</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="48"/>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="50"/>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="52"/>
        <source>PrestaShop orders</source>
        <translation>Commandes PrestaShop</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="54"/>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="56"/>
        <source>SumUp sales</source>
        <translation>Ventes SumUp</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="58"/>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="60"/>
        <source>Loyverse receipts by item</source>
        <translation>Reçus Loyverse par article</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="62"/>
        <source>Wix orders</source>
        <translation>Commandes Wix</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="64"/>
        <source>Square Online orders</source>
        <translation>Commandes Square Online</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="66"/>
        <source>eBay orders report</source>
        <translation>Rapport de commandes eBay</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="68"/>
        <source>Amazon All Orders</source>
        <translation>Amazon Toutes les commandes</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="70"/>
        <source>eBay transaction report</source>
        <translation>Rapport de transactions eBay</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="72"/>
        <source>Clover line items</source>
        <translation>Lignes d&apos;articles Clover</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="74"/>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="76"/>
        <source>Tiendanube orders</source>
        <translation>Commandes Tiendanube</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="78"/>
        <source>DSFinV-K receipts</source>
        <translation>Reçus DSFinV-K</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="83"/>
        <source>Toast item selection details</source>
        <translation>Sélections d&apos;articles Toast</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="85"/>
        <source>Shift4Shop orders</source>
        <translation>Commandes Shift4Shop</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="87"/>
        <source>Hike sales</source>
        <translation>Ventes Hike</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="89"/>
        <source>Big Cartel orders</source>
        <translation>Commandes Big Cartel</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="91"/>
        <source>Gambio orders</source>
        <translation>Commandes Gambio</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="93"/>
        <source>Cassa in Cloud sales documents</source>
        <translation>Documents de vente Cassa in Cloud</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="95"/>
        <source>Storeden orders</source>
        <translation>Commandes Storeden</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="97"/>
        <source>WooCommerce orders</source>
        <translation>Commandes WooCommerce</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="99"/>
        <source>Square item sales</source>
        <translation>Ventes d&apos;articles Square</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="100"/>
        <source>Lightspeed sales</source>
        <translation>Ventes Lightspeed</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="101"/>
        <source>Superstore orders</source>
        <translation>Commandes Superstore</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="102"/>
        <source>ERP invoice lines</source>
        <translation>Lignes de facture ERP</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="103"/>
        <source>Till export</source>
        <translation>Export de caisse</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="117"/>
        <source>Orders export</source>
        <translation>Export de commandes</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="119"/>
        <source>Customer list</source>
        <translation>Liste de clients</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="121"/>
        <source>Product list</source>
        <translation>Liste de produits</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="123"/>
        <source>Inventory export</source>
        <translation>Export de stocks</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="125"/>
        <source>Store traffic export</source>
        <translation>Export de fréquentation en magasin</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="127"/>
        <source>Staffing export</source>
        <translation>Export de personnel</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="129"/>
        <source>Marketing spend export</source>
        <translation>Export de dépenses marketing</translation>
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
        <translation>Frais, pourboires et autres lignes qui ne sont peut-être pas de la marchandise</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/FeeChoices.cpp" line="28"/>
        <source>Tips belong to the staff and deposits are paid back: they are not sales. A gift card sold becomes a sale when it is spent, so it starts as &quot;Not sales: leave out&quot;; keep it in sales only if the purchases paid with it are not in your exports. Fees and postage stay in sales but leave the product rankings.</source>
        <translation>Les pourboires reviennent au personnel et les consignes sont remboursées : ce ne sont pas des ventes. Une carte cadeau vendue devient une vente quand elle est dépensée : elle commence donc sur « Hors ventes : laisser de côté » ; gardez-la dans les ventes seulement si les achats payés avec elle ne sont pas dans vos exports. Les frais et le port restent dans les ventes mais quittent les classements de produits.</translation>
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
            <numerusform>%n ligne, %1</numerusform>
            <numerusform>%n lignes, %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/importwizard/FeeChoices.cpp" line="73"/>
        <source>Product (merchandise)</source>
        <translation>Produit (marchandise)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/FeeChoices.cpp" line="74"/>
        <source>Not a product: keep in sales</source>
        <translation>Pas un produit : garder dans les ventes</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/FeeChoices.cpp" line="75"/>
        <source>Not sales: leave out</source>
        <translation>Hors ventes : laisser de côté</translation>
    </message>
</context>
<context>
    <name>storelens::ui::FileActions</name>
    <message>
        <location filename="../ui/common/FileActions.cpp" line="95"/>
        <source>Not Opened</source>
        <translation>Non ouvert</translation>
    </message>
    <message>
        <location filename="../ui/common/FileActions.cpp" line="96"/>
        <source>No program could be started to open %1. Open it from your file manager, or install a viewer for this kind of file.</source>
        <translation>Aucun programme n&apos;a pu être lancé pour ouvrir %1. Ouvrez-le depuis votre gestionnaire de fichiers ou installez une visionneuse pour ce type de fichier.</translation>
    </message>
    <message>
        <location filename="../ui/common/FileActions.cpp" line="121"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location filename="../ui/common/FileActions.cpp" line="123"/>
        <source>Show in &amp;Folder</source>
        <translation>Afficher dans le &amp;dossier</translation>
    </message>
</context>
<context>
    <name>storelens::ui::FilePage</name>
    <message>
        <location filename="../ui/importwizard/FilePage.cpp" line="41"/>
        <source>semicolon-separated</source>
        <translation>séparé par des points-virgules</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/FilePage.cpp" line="43"/>
        <source>tab-separated</source>
        <translation>séparé par des tabulations</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/FilePage.cpp" line="45"/>
        <source>separated by vertical bars</source>
        <translation>séparé par des barres verticales</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/FilePage.cpp" line="47"/>
        <source>comma-separated</source>
        <translation>séparé par des virgules</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/FilePage.cpp" line="95"/>
        <source>Choose the file</source>
        <translation>Choisir le fichier</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/FilePage.cpp" line="96"/>
        <source>Choose a CSV export of your till, web shop or ERP. StoreLens reads its first rows to work out what it holds; nothing is imported before the last step.</source>
        <translation>Choisissez un export CSV de votre caisse, de votre boutique en ligne ou de votre ERP. StoreLens lit ses premières lignes pour déterminer son contenu ; rien n&apos;est importé avant la dernière étape.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/FilePage.cpp" line="104"/>
        <source>Choose what the file holds</source>
        <translation>Choisir le contenu du fichier</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/FilePage.cpp" line="115"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/FilePage.cpp" line="120"/>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/FilePage.cpp" line="125"/>
        <source>The file &amp;holds:</source>
        <translation>Le fichier &amp;contient :</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/FilePage.cpp" line="158"/>
        <source>Choose the file to import</source>
        <translation>Choisir le fichier à importer</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/FilePage.cpp" line="181"/>
        <source>There is no file at %1.</source>
        <translation>Aucun fichier à l&apos;emplacement %1.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/FilePage.cpp" line="184"/>
        <source>Reading the first rows…</source>
        <translation>Lecture des premières lignes…</translation>
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
            <numerusform>%1, %2, %Ln colonne, %3.</numerusform>
            <numerusform>%1, %2, %Ln colonnes, %3.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/importwizard/FilePage.cpp" line="219"/>
        <source>StoreLens cannot tell what this file holds: please choose below.</source>
        <translation>StoreLens ne parvient pas à déterminer le contenu de ce fichier : veuillez le choisir ci-dessous.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/FilePage.cpp" line="220"/>
        <source>StoreLens cannot tell for sure what this file holds (it could be %1): please choose below.</source>
        <translation>StoreLens ne parvient pas à déterminer avec certitude le contenu de ce fichier (il pourrait s&apos;agir de %1) : veuillez le choisir ci-dessous.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/FilePage.cpp" line="227"/>
        <source>&amp;Use the saved settings &quot;%1&quot;</source>
        <translation>&amp;Utiliser les paramètres enregistrés « %1 »</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/FilePage.cpp" line="228"/>
        <source>Kind of file: %1. This file has the same columns; the next step checks the whole file.</source>
        <translation>Type de fichier : %1. Ce fichier a les mêmes colonnes ; l’étape suivante vérifie le fichier entier.</translation>
    </message>
</context>
<context>
    <name>storelens::ui::FilterBar</name>
    <message>
        <location filename="../ui/dashboard/FilterBar.cpp" line="107"/>
        <source>The period to analyse, counted back from the last day with data.</source>
        <translation>La période à analyser, comptée à rebours depuis le dernier jour avec des données.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterBar.cpp" line="110"/>
        <source>&amp;Period:</source>
        <translation>Péri&amp;ode :</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterBar.cpp" line="121"/>
        <source>First day of the period</source>
        <translation>Premier jour de la période</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterBar.cpp" line="122"/>
        <source>Last day of the period</source>
        <translation>Dernier jour de la période</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterBar.cpp" line="123"/>
        <source>First day of the period. Editing a date switches to a custom range.</source>
        <translation>Premier jour de la période. Modifier une date passe à une plage personnalisée.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterBar.cpp" line="124"/>
        <source>Last day of the period. Editing a date switches to a custom range.</source>
        <translation>Dernier jour de la période. Modifier une date passe à une plage personnalisée.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterBar.cpp" line="128"/>
        <source>Previous period</source>
        <translation>Période précédente</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterBar.cpp" line="129"/>
        <source>Same period last year</source>
        <translation>Même période l&apos;an dernier</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterBar.cpp" line="130"/>
        <source>No comparison</source>
        <translation>Aucune comparaison</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterBar.cpp" line="131"/>
        <source>Co&amp;mpare:</source>
        <translation>Co&amp;mparer :</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterBar.cpp" line="134"/>
        <source>Store</source>
        <translation>Magasin</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterBar.cpp" line="135"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterBar.cpp" line="136"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterBar.cpp" line="137"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterBar.cpp" line="148"/>
        <location filename="../ui/dashboard/FilterBar.cpp" line="395"/>
        <source>All customers</source>
        <translation>Tous les clients</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterBar.cpp" line="150"/>
        <source>Only the order lines of a saved segment&apos;s customers (guest sales are left out).</source>
        <translation>Uniquement les lignes de commande des clients d&apos;un segment enregistré (les ventes sans compte client sont exclues).</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterBar.cpp" line="152"/>
        <source>Se&amp;gment:</source>
        <translation>S&amp;egment :</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterBar.cpp" line="169"/>
        <source>Filter:</source>
        <translation>Filtre :</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterBar.cpp" line="312"/>
        <source>All time has no earlier data to compare with.</source>
        <translation>Avec « Tout l&apos;historique », il n&apos;y a pas de données antérieures avec lesquelles comparer.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterBar.cpp" line="380"/>
        <source>The filter values could not be read.</source>
        <translation>Les valeurs du filtre n&apos;ont pas pu être lues.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterBar.cpp" line="404"/>
        <source>Data up to %1</source>
        <translation>Données jusqu&apos;au %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterBar.cpp" line="408"/>
        <source>Order lines from %1 to %2. Periods count back from the last day with data.</source>
        <translation>Lignes de commande du %1 au %2. Les périodes sont comptées à rebours depuis le dernier jour avec des données.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterBar.cpp" line="413"/>
        <source>No orders imported yet.</source>
        <translation>Aucune commande importée pour l&apos;instant.</translation>
    </message>
</context>
<context>
    <name>storelens::ui::FormatPage</name>
    <message>
        <location filename="../ui/importwizard/FormatPage.cpp" line="41"/>
        <source>The first row holds the column &amp;names</source>
        <translation>La première ligne contient les &amp;noms de colonnes</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/FormatPage.cpp" line="45"/>
        <source>Check how the file is written</source>
        <translation>Vérifier la façon dont le fichier est écrit</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/FormatPage.cpp" line="46"/>
        <source>StoreLens detected these settings. If the preview below looks wrong (odd characters, everything in one column), change them until it looks right.</source>
        <translation>StoreLens a détecté ces paramètres. Si l&apos;aperçu ci-dessous semble incorrect (caractères bizarres, tout dans une seule colonne), modifiez-les jusqu&apos;à ce qu&apos;il soit correct.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/FormatPage.cpp" line="52"/>
        <source>Comma ( , )</source>
        <translation>Virgule ( , )</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/FormatPage.cpp" line="53"/>
        <source>Semicolon ( ; )</source>
        <translation>Point-virgule ( ; )</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/FormatPage.cpp" line="54"/>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/FormatPage.cpp" line="55"/>
        <source>Vertical bar ( | )</source>
        <translation>Barre verticale ( | )</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/FormatPage.cpp" line="56"/>
        <source>Spaces (aligned columns)</source>
        <translation>Espaces (colonnes alignées)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/FormatPage.cpp" line="57"/>
        <source>Double quote ( &quot; )</source>
        <translation>Guillemet double ( &quot; )</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/FormatPage.cpp" line="58"/>
        <source>Single quote ( &apos; )</source>
        <translation>Guillemet simple ( &apos; )</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/FormatPage.cpp" line="59"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/FormatPage.cpp" line="76"/>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encodage :</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/FormatPage.cpp" line="77"/>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Délimiteur :</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/FormatPage.cpp" line="78"/>
        <source>&amp;Quote character:</source>
        <translation>Caractère de &amp;guillemet :</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/FormatPage.cpp" line="152"/>
        <source>&lt;span style=&quot;color:#b00020&quot;&gt;With these settings the file cannot be read: %1&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#b00020&quot;&gt;Avec ces paramètres, le fichier ne peut pas être lu : %1&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>storelens::ui::GuestOffer</name>
    <message>
        <location filename="../ui/importwizard/GuestOffer.cpp" line="18"/>
        <source>Import as &amp;Guest Sales</source>
        <translation>Importer comme ventes sans &amp;client</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/GuestOffer.cpp" line="19"/>
        <source>Imports the lines of &quot;%1&quot; without a customer, checks the file again and keeps the choice in the import profile.</source>
        <translation>Importe les lignes de « %1 » sans client, vérifie à nouveau le fichier et garde ce choix dans le profil d&apos;import.</translation>
    </message>
</context>
<context>
    <name>storelens::ui::Handbook</name>
    <message>
        <location filename="../ui/help/HandbookPages.cpp" line="49"/>
        <source>Handbook</source>
        <translation>Manuel</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookPages.cpp" line="78"/>
        <source>Higher is better.</source>
        <translation>Plus c&apos;est élevé, mieux c&apos;est.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookPages.cpp" line="80"/>
        <source>Lower is better.</source>
        <translation>Plus c&apos;est bas, mieux c&apos;est.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookPages.cpp" line="84"/>
        <source>Neither direction is better in itself.</source>
        <translation>Aucun sens d&apos;évolution n&apos;est meilleur en soi.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookPages.cpp" line="91"/>
        <source>Formula:</source>
        <translation>Formule :</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookPages.cpp" line="113"/>
        <source>Every figure StoreLens shows, with the formula it is computed by and which way of change is good. A figure is computed over the order lines of the period that pass the filters; the change compares it with the comparison period.</source>
        <translation>Chaque chiffre affiché par StoreLens, avec la formule qui le calcule et le sens d&apos;évolution favorable. Un chiffre est calculé sur les lignes de commande de la période qui passent les filtres ; l&apos;évolution le compare avec la période de comparaison.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookPages.cpp" line="121"/>
        <source>Figure</source>
        <translation>Chiffre</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookPages.cpp" line="122"/>
        <source>Meaning</source>
        <translation>Signification</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookPages.cpp" line="122"/>
        <source>Formula</source>
        <translation>Formule</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookPages.cpp" line="123"/>
        <source>Better when</source>
        <translation>Meilleur quand</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookPages.cpp" line="125"/>
        <source>What every figure means</source>
        <translation>Ce que signifie chaque chiffre</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookPages.cpp" line="139"/>
        <source>%1 … %2</source>
        <translation>%1 … %2</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookPages.cpp" line="141"/>
        <source>Overview, Cohorts, Segments, Customers, Predictions</source>
        <translation>Vue d&apos;ensemble, Cohortes, Segments, Clients, Prédictions</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookPages.cpp" line="142"/>
        <source>Search the customers (Customers view)</source>
        <translation>Rechercher des clients (vue Clients)</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookPages.cpp" line="144"/>
        <source>List the customers of the selected cohort cell (Cohorts view)</source>
        <translation>Lister les clients de la cellule de cohorte sélectionnée (vue Cohortes)</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookPages.cpp" line="145"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="65"/>
        <source>StoreLens handbook</source>
        <translation>Manuel de StoreLens</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="69"/>
        <source>StoreLens shows how your store is doing from the CSV exports your till, web shop or ERP already makes. Everything stays on this computer: the data lives in one workspace file (&lt;code&gt;.storelens&lt;/code&gt;).</source>
        <translation>StoreLens montre la santé de votre commerce à partir des exports CSV que votre caisse, votre boutique en ligne ou votre ERP produisent déjà. Tout reste sur cet ordinateur : les données sont conservées dans un seul fichier d&apos;espace de travail (&lt;code&gt;.storelens&lt;/code&gt;).</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="73"/>
        <source>Start here</source>
        <translation>Pour commencer</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="74"/>
        <source>&lt;a href=&quot;getting-started.html&quot;&gt;Getting started&lt;/a&gt;: from the first start to a PDF report.</source>
        <translation>&lt;a href=&quot;getting-started.html&quot;&gt;Premiers pas&lt;/a&gt; : du premier démarrage au rapport PDF.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="77"/>
        <source>&lt;a href=&quot;importing.html&quot;&gt;Importing your exports&lt;/a&gt;: the export styles StoreLens recognises.</source>
        <translation>&lt;a href=&quot;importing.html&quot;&gt;Importer vos exports&lt;/a&gt; : les formats d&apos;export que StoreLens reconnaît.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="81"/>
        <source>&lt;a href=&quot;figures.html&quot;&gt;What every figure means&lt;/a&gt;: each KPI with its formula.</source>
        <translation>&lt;a href=&quot;figures.html&quot;&gt;Ce que signifie chaque chiffre&lt;/a&gt; : chaque indicateur avec sa formule.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="84"/>
        <source>&lt;a href=&quot;shortcuts.html&quot;&gt;Keyboard shortcuts&lt;/a&gt;.</source>
        <translation>&lt;a href=&quot;shortcuts.html&quot;&gt;Raccourcis clavier&lt;/a&gt;.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="86"/>
        <source>The views</source>
        <translation>Les vues</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="88"/>
        <source>&lt;a href=&quot;overview.html&quot;&gt;Overview&lt;/a&gt;: KPI tiles and charts.</source>
        <translation>&lt;a href=&quot;overview.html&quot;&gt;Vue d&apos;ensemble&lt;/a&gt; : tuiles d&apos;indicateurs et graphiques.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="91"/>
        <source>&lt;a href=&quot;cohorts.html&quot;&gt;Cohorts&lt;/a&gt;: do customers come back?</source>
        <translation>&lt;a href=&quot;cohorts.html&quot;&gt;Cohortes&lt;/a&gt; : les clients reviennent-ils ?</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="94"/>
        <source>&lt;a href=&quot;segments.html&quot;&gt;Segments&lt;/a&gt;: who to win back, who to thank.</source>
        <translation>&lt;a href=&quot;segments.html&quot;&gt;Segments&lt;/a&gt; : qui reconquérir, qui remercier.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="96"/>
        <source>&lt;a href=&quot;customers.html&quot;&gt;Customers&lt;/a&gt;: one customer&apos;s profile, their data and how to forget them.</source>
        <translation>&lt;a href=&quot;customers.html&quot;&gt;Clients&lt;/a&gt; : le profil d&apos;un client, ses données et comment l&apos;oublier.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="100"/>
        <source>&lt;a href=&quot;predictions.html&quot;&gt;Predictions&lt;/a&gt;: predicted customer lifetime value.</source>
        <translation>&lt;a href=&quot;predictions.html&quot;&gt;Prédictions&lt;/a&gt; : la valeur vie client prédite.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="104"/>
        <source>&lt;a href=&quot;report.html&quot;&gt;The PDF report&lt;/a&gt;.</source>
        <translation>&lt;a href=&quot;report.html&quot;&gt;Le rapport PDF&lt;/a&gt;.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="105"/>
        <source>Press &lt;b&gt;F1&lt;/b&gt; in any view to open its page here. Press &lt;b&gt;Shift+F1&lt;/b&gt; and click a KPI tile for what it means.</source>
        <translation>Appuyez sur &lt;b&gt;F1&lt;/b&gt; dans n&apos;importe quelle vue pour ouvrir ici sa page. Appuyez sur &lt;b&gt;Maj+F1&lt;/b&gt; puis cliquez sur une tuile d&apos;indicateur pour savoir ce qu&apos;elle signifie.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="110"/>
        <source>Getting started</source>
        <translation>Premiers pas</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="114"/>
        <source>1. A workspace for your business</source>
        <translation>1. Un espace de travail pour votre commerce</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="116"/>
        <source>A workspace is one file that holds everything StoreLens knows about one business. Create it with &lt;b&gt;File › New Workspace…&lt;/b&gt;, or try StoreLens first on made-up data with &lt;b&gt;File › Open the Sample Store&lt;/b&gt; (a bar says when you are looking at the sample).</source>
        <translation>Un espace de travail est un fichier unique qui contient tout ce que StoreLens sait d&apos;un commerce. Créez-le avec &lt;b&gt;Fichier › Nouvel espace de travail…&lt;/b&gt;, ou essayez d&apos;abord StoreLens sur des données fictives avec &lt;b&gt;Fichier › Ouvrir le magasin d&apos;exemple&lt;/b&gt; (un bandeau indique quand vous consultez l&apos;exemple).</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="121"/>
        <source>2. Import your exports</source>
        <translation>2. Importez vos exports</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="123"/>
        <source>Choose &lt;b&gt;File › Import…&lt;/b&gt; or drop CSV files on the window. The import wizard recognises the file&apos;s format and its columns, shows a preview, checks every row before anything is saved and tells you which rows it cannot read and why. Import order lines first; customers and products add names, e-mail addresses and categories. Next month, import the new export the same way: lines already imported are updated, never doubled. See &lt;a href=&quot;importing.html&quot;&gt;Importing your exports&lt;/a&gt;.</source>
        <translation>Choisissez &lt;b&gt;Fichier › Importer…&lt;/b&gt; ou déposez des fichiers CSV sur la fenêtre. L&apos;assistant d&apos;importation reconnaît le format du fichier et ses colonnes, affiche un aperçu, vérifie chaque ligne avant tout enregistrement et vous indique les lignes qu&apos;il ne peut pas lire et pourquoi. Importez d&apos;abord les lignes de commande ; les clients et les produits ajoutent les noms, les adresses e-mail et les catégories. Le mois suivant, importez le nouvel export de la même façon : les lignes déjà importées sont mises à jour, jamais dupliquées. Voir &lt;a href=&quot;importing.html&quot;&gt;Importer vos exports&lt;/a&gt;.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="131"/>
        <source>3. Look at the figures</source>
        <translation>3. Consultez les chiffres</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="133"/>
        <source>The &lt;a href=&quot;overview.html&quot;&gt;Overview&lt;/a&gt; shows the key figures of the period chosen in the filter bar with the change against the previous period. The filter bar is shared by every view: a date range, a comparison, stores, channels, countries, categories and a saved segment.</source>
        <translation>La &lt;a href=&quot;overview.html&quot;&gt;Vue d&apos;ensemble&lt;/a&gt; affiche les chiffres clés de la période choisie dans la barre de filtres, avec l&apos;évolution par rapport à la période précédente. La barre de filtres est commune à toutes les vues : une plage de dates, une comparaison, des magasins, des canaux, des pays, des catégories et un segment enregistré.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="138"/>
        <source>4. Hand over a report</source>
        <translation>4. Remettez un rapport</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="140"/>
        <source>&lt;b&gt;File › Export Report…&lt;/b&gt; writes a PDF with the figures, trends, cohorts, segments and an appendix of definitions. See &lt;a href=&quot;report.html&quot;&gt;The PDF report&lt;/a&gt;.</source>
        <translation>&lt;b&gt;Fichier › Exporter le rapport…&lt;/b&gt; écrit un PDF avec les chiffres, les tendances, les cohortes, les segments et une annexe de définitions. Voir &lt;a href=&quot;report.html&quot;&gt;Le rapport PDF&lt;/a&gt;.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="146"/>
        <source>Importing your exports</source>
        <translation>Importer vos exports</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="150"/>
        <source>StoreLens reads CSV files: any delimiter (comma, semicolon, tab, bar, or columns aligned with spaces), with or without a header row, in UTF-8, UTF-16 or Windows-1252. Numbers may use a decimal point or a decimal comma, thousands separators, currency symbols and &lt;code&gt;(12.50)&lt;/code&gt; for negatives; dates may be ISO, day/month/year or month/day/year, with month names in English or German.</source>
        <translation>StoreLens lit les fichiers CSV : n&apos;importe quel séparateur (virgule, point-virgule, tabulation, barre verticale, ou colonnes alignées par des espaces), avec ou sans ligne d&apos;en-tête, en UTF-8, UTF-16 ou Windows-1252. Les nombres peuvent utiliser un point ou une virgule décimale, des séparateurs de milliers, des symboles monétaires et &lt;code&gt;(12.50)&lt;/code&gt; pour les valeurs négatives ; les dates peuvent être au format ISO, jour/mois/année ou mois/jour/année, avec des noms de mois en anglais ou en allemand.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="158"/>
        <source>Amounts are taken as the export writes them: StoreLens neither adds nor removes VAT or sales tax. When an export&apos;s prices include VAT, gross and net sales include it too; to see sales without VAT, map the export&apos;s columns without it (often named net or ex. VAT) where it has them. An export that writes only prices with VAT keeps it in its sales: beside a till whose prices are without VAT, the two are not alike. A web shop&apos;s separate tax and shipping columns are not sales and are left out.</source>
        <translation>Les montants sont pris tels que l&apos;export les écrit : StoreLens n&apos;ajoute ni ne retire la TVA ou la taxe sur les ventes. Quand les prix d&apos;un export incluent la TVA (TTC), le chiffre d&apos;affaires brut et net l&apos;inclut aussi ; pour voir les ventes hors TVA, associez les colonnes de l&apos;export qui en sont exemptes (souvent nommées HT), s&apos;il en a. Un export qui n&apos;écrit que des prix TTC garde la TVA dans ses ventes : à côté d&apos;une caisse aux prix HT, les deux ne sont pas comparables. Les colonnes de taxes et de livraison séparées d&apos;une boutique en ligne ne sont pas des ventes et sont laissées de côté.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="168"/>
        <source>When an export cannot give something (totals with shipping inside, order states it writes as ids, products it names by ids, discounts inside totals without a column of their own), the import says so, and so do the Overview, the tiles it touches and the report for as long as the workspace holds that source&apos;s orders: a figure that would only read 0, such as returns from an export that cannot mark them, shows &quot;No data&quot; with the reason. A file that reads fewer columns than the earlier files of its source (say the shop&apos;s default export after a profile of your own) is named on the Check step.</source>
        <translation>Lorsqu&apos;un export ne peut pas fournir quelque chose (des totaux incluant les frais de port, des états de commande écrits sous forme d&apos;identifiants, des produits désignés par identifiant, des remises incluses dans les totaux sans colonne propre), l&apos;import le dit, tout comme la Vue d&apos;ensemble, les tuiles concernées et le rapport, tant que l&apos;espace de travail contient les commandes de cette source : un chiffre qui ne vaudrait que 0, comme les retours d&apos;un export qui ne peut pas les signaler, affiche « Aucune donnée » avec la raison. Un fichier qui lit moins de colonnes que les fichiers précédents de sa source (par exemple l&apos;export par défaut de la boutique après un profil personnel) est signalé à l&apos;étape Vérification.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="178"/>
        <source>A till&apos;s tips belong to the staff and deposits are paid back: neither is the store&apos;s sales. The Check step lists each SKU that looks like a fee or a tip with its lines and money, and asks whether it is a product, a fee that stays in sales but leaves the product rankings, or not sales at all, whose lines are not imported. Tips (Tip, Trinkgeld, Pourboire, Propina, …) are left out from the first check, in the import window and by storelens import alike, so that both give the same sales; choose &quot;Not a product: keep in sales&quot; to count a tip in sales. So are gift cards sold (Gift Card £50, Geschenkgutschein, Carte cadeau): a gift card becomes a sale when it is spent, and the purchase paid with it is already in your sales. The import&apos;s summary names what was left out, and a saved profile makes the same choices again.</source>
        <translation>Les pourboires d&apos;une caisse reviennent au personnel et les consignes sont rendues : ni les uns ni les autres ne sont des ventes du magasin. L&apos;étape de vérification liste chaque référence qui ressemble à des frais ou à un pourboire, avec ses lignes et son montant, et demande s&apos;il s&apos;agit d&apos;un produit, de frais qui restent dans les ventes mais sortent des classements de produits, ou de quelque chose qui n&apos;est pas une vente, dont les lignes ne sont pas importées. Les pourboires (Tip, Trinkgeld, Pourboire, Propina, …) sont laissés hors des ventes dès la première vérification, dans la fenêtre d&apos;import comme avec storelens import, pour que les deux donnent les mêmes ventes ; choisissez « Pas un produit : garder dans les ventes » pour compter un pourboire dans les ventes. De même pour les cartes cadeaux vendues (Gift Card £50, Geschenkgutschein, Carte cadeau) : une carte cadeau devient une vente quand elle est dépensée, et l&apos;achat payé avec elle est déjà dans vos ventes. Le résumé de l&apos;import nomme ce qui a été laissé de côté, et un profil enregistré refait les mêmes choix.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="200"/>
        <source>A column that marks each line as voided with yes or no (Toast&apos;s Void? True or False, Voided, Is Void) is read as &quot;Voided&quot;: its lines marked yes were taken off before payment and are left out, as unpaid ones are, and the Check step names how many there were and their money. A customer ID column that is empty on every row (a web shop&apos;s guest checkouts) is not chosen: the e-mail address then tells the customers apart.</source>
        <translation>Une colonne qui marque chaque ligne comme annulée par oui ou non (Void? True ou False de Toast, Voided, Is Void) est lue comme « Annulé » : ses lignes marquées oui ont été retirées avant le paiement et sont laissées de côté, comme les impayées, et l’étape Vérifier indique combien il y en avait et leur montant. Une colonne d’identifiant client vide sur chaque ligne (les commandes sans compte d’une boutique en ligne) n’est pas choisie : l’adresse e-mail distingue alors les clients.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="209"/>
        <source>Export styles StoreLens recognises</source>
        <translation>Formats d&apos;export que StoreLens reconnaît</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="210"/>
        <source>Shopify order export</source>
        <translation>Export de commandes Shopify</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="212"/>
        <source>One row per line item. &lt;i&gt;Name&lt;/i&gt; is the order, &lt;i&gt;Lineitem sku&lt;/i&gt;, &lt;i&gt;Lineitem quantity&lt;/i&gt; and &lt;i&gt;Lineitem price&lt;/i&gt; the line; &lt;i&gt;Discount Amount&lt;/i&gt;, given once per order, is spread over the order&apos;s lines to the cent. &lt;i&gt;Shipping&lt;/i&gt; is not sales and is left out (the import says so). Refunded or cancelled orders become sales and returns.</source>
        <translation>Une ligne par article. &lt;i&gt;Name&lt;/i&gt; est la commande, &lt;i&gt;Lineitem sku&lt;/i&gt;, &lt;i&gt;Lineitem quantity&lt;/i&gt; et &lt;i&gt;Lineitem price&lt;/i&gt; la ligne ; &lt;i&gt;Discount Amount&lt;/i&gt;, indiqué une fois par commande, est réparti au centime près sur les lignes de la commande. &lt;i&gt;Shipping&lt;/i&gt; n&apos;est pas une vente et est laissé de côté (l&apos;import le dit). Les commandes remboursées ou annulées après paiement deviennent des ventes et des retours.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="218"/>
        <source>Squarespace orders</source>
        <translation>Commandes Squarespace</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="220"/>
        <source>One row per line item (Commerce › Orders › Download CSV), with the columns of Shopify&apos;s export. &lt;i&gt;Order ID&lt;/i&gt; is the order; its date, e-mail and status are on its first row only, and its other rows take them from there. &lt;i&gt;Discount Amount&lt;/i&gt; is the order&apos;s discount, spread over its lines; &lt;i&gt;Shipping&lt;/i&gt; and &lt;i&gt;Taxes&lt;/i&gt; are not sales and are left out. Refunded orders become sales and returns, and &lt;i&gt;Amount Refunded&lt;/i&gt; counts a partial refund. The source is &lt;i&gt;Squarespace&lt;/i&gt;.</source>
        <translation>Une ligne par article (Commerce › Commandes › Télécharger le CSV), avec les colonnes de l&apos;export de Shopify. &lt;i&gt;Order ID&lt;/i&gt; est la commande ; sa date, son e-mail et son statut ne figurent que sur sa première ligne, et ses autres lignes les reprennent de celle-ci. &lt;i&gt;Discount Amount&lt;/i&gt; est la remise de la commande, répartie sur ses lignes ; &lt;i&gt;Shipping&lt;/i&gt; et &lt;i&gt;Taxes&lt;/i&gt; ne sont pas des ventes et sont laissés de côté. Les commandes remboursées deviennent des ventes et des retours, et &lt;i&gt;Amount Refunded&lt;/i&gt; compte un remboursement partiel. La source est &lt;i&gt;Squarespace&lt;/i&gt;.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="228"/>
        <source>Square Online orders</source>
        <translation>Commandes Square Online</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="230"/>
        <source>One row per item (Square Dashboard › Orders › Export). &lt;i&gt;Order&lt;/i&gt; is the order, &lt;i&gt;Recipient Email&lt;/i&gt; the customer and &lt;i&gt;Item Total Price&lt;/i&gt; the line. The export names no coupon: the sum of an order&apos;s items less its &lt;i&gt;Order Subtotal&lt;/i&gt; is its discount, spread over its lines. Canceled orders become sales and returns, and &lt;i&gt;Order Refunded Amount&lt;/i&gt; counts a refund. Shipping and tax are not sales. Where the prices include VAT, as in the UK, the export has no price without it: this source&apos;s sales include VAT, and the tiles say so. The source is &lt;i&gt;Square Online&lt;/i&gt;.</source>
        <translation>Une ligne par article (Square Dashboard › Commandes › Exporter). &lt;i&gt;Order&lt;/i&gt; est la commande, &lt;i&gt;Recipient Email&lt;/i&gt; le client et &lt;i&gt;Item Total Price&lt;/i&gt; la ligne. L&apos;export ne nomme aucun code promo : la somme des articles d&apos;une commande moins son &lt;i&gt;Order Subtotal&lt;/i&gt; est sa remise, répartie sur ses lignes. Les commandes annulées après paiement (Canceled) deviennent des ventes et des retours, et &lt;i&gt;Order Refunded Amount&lt;/i&gt; compte un remboursement. La livraison et les taxes ne sont pas des ventes. Si les prix incluent la TVA, comme au Royaume-Uni, l&apos;export n&apos;a aucun prix sans elle : les ventes de cette source incluent la TVA, et les tuiles le disent. La source est &lt;i&gt;Square Online&lt;/i&gt;.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="240"/>
        <source>WooCommerce order export</source>
        <translation>Export de commandes WooCommerce</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="242"/>
        <source>One row per line item with the order number, product, quantity and line total; the order status marks refunds.</source>
        <translation>Une ligne par article avec le numéro de commande, le produit, la quantité et le total de la ligne ; le statut de la commande signale les remboursements.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="245"/>
        <source>BigCommerce order export</source>
        <translation>Export de commandes BigCommerce</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="247"/>
        <source>One row per order: each item of its &lt;i&gt;Product Details&lt;/i&gt; cell becomes a line, &lt;i&gt;Subtotal (ex tax)&lt;/i&gt; is the order&apos;s sales, &lt;i&gt;Discount Amount&lt;/i&gt; is spread over its lines, and a &lt;i&gt;Refund Amount&lt;/i&gt; on an order not marked refunded is a return.</source>
        <translation>Une ligne par commande : chaque article de sa cellule &lt;i&gt;Product Details&lt;/i&gt; devient une ligne, &lt;i&gt;Subtotal (ex tax)&lt;/i&gt; est le chiffre de la commande, &lt;i&gt;Discount Amount&lt;/i&gt; est réparti sur ses lignes, et un &lt;i&gt;Refund Amount&lt;/i&gt; sur une commande non marquée remboursée est un retour.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="252"/>
        <source>Odoo Point of Sale order lines</source>
        <translation>Lignes de commande du Point de Vente Odoo</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="254"/>
        <source>One row per line; &lt;i&gt;Point of Sale&lt;/i&gt; is the store, &lt;i&gt;Discount (%)&lt;/i&gt; a percentage and &lt;i&gt;Subtotal&lt;/i&gt; the line&apos;s amount after it. A refund is an order of its own with negative quantities.</source>
        <translation>Une ligne par article ; &lt;i&gt;Point of Sale&lt;/i&gt; est le magasin, &lt;i&gt;Discount (%)&lt;/i&gt; un pourcentage et &lt;i&gt;Subtotal&lt;/i&gt; le montant de la ligne après remise. Un remboursement est une commande à part avec des quantités négatives.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="258"/>
        <source>Magento orders grid export</source>
        <translation>Export de la grille des commandes Magento</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="260"/>
        <source>One row per order (Sales › Orders › Export › CSV): &lt;i&gt;ID&lt;/i&gt; is the order number, &lt;i&gt;Purchase Point&lt;/i&gt; the store view, &lt;i&gt;Subtotal&lt;/i&gt; the order&apos;s sales before discounts (the grid has no discount column) and &lt;i&gt;Total Refunded&lt;/i&gt; its refunds. Import each new export into the same workspace: orders it already holds are updated, not counted twice.</source>
        <translation>Une ligne par commande (Ventes › Commandes › Exporter › CSV) : &lt;i&gt;ID&lt;/i&gt; est le numéro de commande, &lt;i&gt;Purchase Point&lt;/i&gt; la vue magasin, &lt;i&gt;Subtotal&lt;/i&gt; les ventes de la commande avant remises (la grille n&apos;a pas de colonne de remise) et &lt;i&gt;Total Refunded&lt;/i&gt; ses remboursements. Importez chaque nouvel export dans le même espace de travail : les commandes qu&apos;il contient déjà sont mises à jour, pas comptées deux fois.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="266"/>
        <source>Shopware 6 orders</source>
        <translation>Commandes Shopware 6</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="268"/>
        <source>One row per order (Settings › Import/Export › Export, profile &quot;Default orders&quot;): &lt;i&gt;amount_total&lt;/i&gt; is the order&apos;s total with tax and shipping, so net sales include shipping. Its order states and sales channels are internal ids, so cancelled orders count as sales and every order as online. For better figures, make a profile of your own for orders with the fields &lt;i&gt;orderNumber&lt;/i&gt;, &lt;i&gt;orderDateTime&lt;/i&gt;, &lt;i&gt;orderCustomer.email&lt;/i&gt;, &lt;i&gt;orderCustomer.firstName&lt;/i&gt;, &lt;i&gt;orderCustomer.lastName&lt;/i&gt;, &lt;i&gt;salesChannel.name&lt;/i&gt;, &lt;i&gt;amountTotal&lt;/i&gt; and &lt;i&gt;transactions.stateMachineState.technicalName&lt;/i&gt; (the payment&apos;s state): StoreLens then reads the channels, and cancelled and refunded orders as returns.</source>
        <translation>Une ligne par commande (Paramètres › Import/Export › Export, profil « Default orders ») : &lt;i&gt;amount_total&lt;/i&gt; est le total de la commande, taxes et livraison comprises, donc le chiffre d&apos;affaires net inclut la livraison. Les états des commandes et les canaux de vente y sont des identifiants internes : les commandes annulées après paiement comptent comme des ventes et chaque commande comme en ligne. Pour de meilleurs chiffres, créez votre propre profil de commandes avec les champs &lt;i&gt;orderNumber&lt;/i&gt;, &lt;i&gt;orderDateTime&lt;/i&gt;, &lt;i&gt;orderCustomer.email&lt;/i&gt;, &lt;i&gt;orderCustomer.firstName&lt;/i&gt;, &lt;i&gt;orderCustomer.lastName&lt;/i&gt;, &lt;i&gt;salesChannel.name&lt;/i&gt;, &lt;i&gt;amountTotal&lt;/i&gt; et &lt;i&gt;transactions.stateMachineState.technicalName&lt;/i&gt; (l&apos;état du paiement) : StoreLens lit alors les canaux, et compte les commandes remboursées ou annulées après paiement comme des retours.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="280"/>
        <source>PrestaShop orders</source>
        <translation>Commandes PrestaShop</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="282"/>
        <source>One row per order (Orders › Export), in the back office&apos;s language: &lt;i&gt;ID&lt;/i&gt; is the order, &lt;i&gt;Total&lt;/i&gt; its total with tax and shipping, &lt;i&gt;Delivery&lt;/i&gt; the country and &lt;i&gt;Status&lt;/i&gt; its state. Cancelled and refunded orders become sales and returns, orders never paid (awaiting a bank wire or a cheque, payment errors) are left out. The list names customers only as &quot;A. Fabre&quot;, which can be several people, so its orders count as guest sales; it names no products.</source>
        <translation>Une ligne par commande (Commandes › Exporter), dans la langue du back-office : &lt;i&gt;ID&lt;/i&gt; est la commande, &lt;i&gt;Total&lt;/i&gt; son total taxes et frais de port compris, &lt;i&gt;Livraison&lt;/i&gt; le pays et &lt;i&gt;État&lt;/i&gt; son état. Les commandes remboursées ou annulées après paiement deviennent des ventes et des retours, les commandes jamais payées (en attente de virement ou de chèque, erreurs de paiement) sont laissées de côté. La liste ne désigne les clients que par « A. Fabre », ce qui peut recouvrir plusieurs personnes : ses commandes comptent donc comme des ventes sans compte client ; elle ne nomme aucun produit.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="291"/>
        <source>Etsy sold order items</source>
        <translation>Etsy « Sold Order Items »</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="293"/>
        <source>One row per item; the order&apos;s &lt;i&gt;Discount Amount&lt;/i&gt;, repeated on each item row, is spread once over the order&apos;s lines.</source>
        <translation>Une ligne par article ; le &lt;i&gt;Discount Amount&lt;/i&gt; de la commande, répété sur chaque ligne d’article, est réparti une seule fois sur les lignes de la commande.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="296"/>
        <source>eBay orders report</source>
        <translation>Rapport de commandes eBay</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="298"/>
        <source>One row per item (Seller Hub › Orders › Download); the line of commas above the header is skipped. &lt;i&gt;Order Number&lt;/i&gt; is the order, &lt;i&gt;Buyer Email&lt;/i&gt; the customer, &lt;i&gt;Custom Label&lt;/i&gt; the SKU (else the &lt;i&gt;Item Number&lt;/i&gt;) and &lt;i&gt;Sold For&lt;/i&gt; the unit price. An order of several items has a summary row with its shipping and no item: it is left out, as is the footer. Shipping is not sales. The report has no refunds: eBay lists them in its Transaction report. The source is &lt;i&gt;eBay&lt;/i&gt;.</source>
        <translation>Une ligne par article (Seller Hub › Commandes › Télécharger) ; la ligne de virgules au-dessus de l&apos;en-tête est ignorée. &lt;i&gt;Order Number&lt;/i&gt; est la commande, &lt;i&gt;Buyer Email&lt;/i&gt; le client, &lt;i&gt;Custom Label&lt;/i&gt; la référence (à défaut, l&apos;&lt;i&gt;Item Number&lt;/i&gt;) et &lt;i&gt;Sold For&lt;/i&gt; le prix unitaire. Une commande de plusieurs articles a une ligne récapitulative avec ses frais de port et sans article : elle est laissée de côté, comme le pied de page. Les frais de port ne sont pas des ventes. Le rapport ne contient aucun remboursement : eBay les liste dans son rapport de transactions. La source est &lt;i&gt;eBay&lt;/i&gt;.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="306"/>
        <source>Amazon All Orders report</source>
        <translation>Rapport Amazon « Toutes les commandes »</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="308"/>
        <source>One row per item (Seller Central › Reports › Fulfillment › All Orders, tab-separated). &lt;i&gt;amazon-order-id&lt;/i&gt; is the order, &lt;i&gt;item-price&lt;/i&gt; the line&apos;s amount for its quantity before &lt;i&gt;item-promotion-discount&lt;/i&gt;, the line&apos;s discount. A line whose &lt;i&gt;order-status&lt;/i&gt; or &lt;i&gt;item-status&lt;/i&gt; is Cancelled becomes a sale and a return; Pending orders are not paid yet and are left out. Shipping and tax are not sales. The report names no buyer, so its orders are guest sales. The source is &lt;i&gt;Amazon&lt;/i&gt;.</source>
        <translation>Une ligne par article (Seller Central › Rapports › Expédition › Toutes les commandes, séparé par des tabulations). &lt;i&gt;amazon-order-id&lt;/i&gt; est la commande, &lt;i&gt;item-price&lt;/i&gt; le montant de la ligne pour sa quantité avant &lt;i&gt;item-promotion-discount&lt;/i&gt;, la remise de la ligne. Une ligne dont l&apos;&lt;i&gt;order-status&lt;/i&gt; ou l&apos;&lt;i&gt;item-status&lt;/i&gt; est Cancelled devient une vente et un retour ; les commandes Pending ne sont pas encore payées et sont laissées de côté. La livraison et la taxe ne sont pas des ventes. Le rapport ne nomme aucun acheteur : ses commandes sont des ventes sans compte client. La source est &lt;i&gt;Amazon&lt;/i&gt;.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="316"/>
        <source>eBay transaction report</source>
        <translation>Rapport de transactions eBay</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="318"/>
        <source>Payments › Reports › Transaction report: eBay&apos;s refunds. Import it after the orders report, into the same source. Each &lt;i&gt;Refund&lt;/i&gt; row is a return on its &lt;i&gt;Order number&lt;/i&gt;, on the refund&apos;s day, up to the order&apos;s sales (the shipping refunded is not sales). Payouts, fees, shipping labels and the report&apos;s order rows are left out and counted. A refund of an order StoreLens does not hold is rejected.</source>
        <translation>Paiements › Rapports › Rapport de transactions : les remboursements eBay. Importez-le après le rapport de commandes, dans la même source. Chaque ligne &lt;i&gt;Refund&lt;/i&gt; est un retour sur son &lt;i&gt;Order number&lt;/i&gt;, au jour du remboursement, dans la limite des ventes de la commande (les frais de port remboursés ne sont pas des ventes). Les versements, frais, étiquettes d&apos;expédition et lignes de commande du rapport sont laissés de côté et comptés. Le remboursement d&apos;une commande que StoreLens ne contient pas est rejeté.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="325"/>
        <source>Wix Stores orders</source>
        <translation>Commandes Wix Stores</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="327"/>
        <source>One row per item (Sales › Orders › Export): &lt;i&gt;Order number&lt;/i&gt; is the order, &lt;i&gt;Item&lt;/i&gt;, &lt;i&gt;SKU&lt;/i&gt;, &lt;i&gt;Qty&lt;/i&gt; and &lt;i&gt;Price&lt;/i&gt; the line, &lt;i&gt;Contact email&lt;/i&gt; the customer. &lt;i&gt;Refunded&lt;/i&gt; and &lt;i&gt;Canceled&lt;/i&gt; orders are a sale and a return, &lt;i&gt;Not paid&lt;/i&gt; ones are left out; shipping and tax are not sales. The export names each order&apos;s coupon but not its amount: StoreLens works it out from the order&apos;s &lt;i&gt;Total&lt;/i&gt; and spreads it over the order&apos;s lines. Orders where the file does not tell keep no discount, and the import and the tiles say how many. The source is &lt;i&gt;Wix&lt;/i&gt;.</source>
        <translation>Une ligne par article (Ventes › Commandes › Exporter) : &lt;i&gt;Order number&lt;/i&gt; est la commande, &lt;i&gt;Item&lt;/i&gt;, &lt;i&gt;SKU&lt;/i&gt;, &lt;i&gt;Qty&lt;/i&gt; et &lt;i&gt;Price&lt;/i&gt; la ligne, &lt;i&gt;Contact email&lt;/i&gt; le client. Les commandes &lt;i&gt;Refunded&lt;/i&gt; et &lt;i&gt;Canceled&lt;/i&gt; sont une vente et un retour, les commandes &lt;i&gt;Not paid&lt;/i&gt; sont laissées de côté ; les frais de port et les taxes ne sont pas des ventes. L&apos;export nomme le code promo de chaque commande mais pas son montant : StoreLens le calcule à partir du &lt;i&gt;Total&lt;/i&gt; de la commande et le répartit sur ses lignes. Les commandes pour lesquelles le fichier ne permet pas de le savoir restent sans remise, et l&apos;import et les tuiles disent combien il y en a. La source est &lt;i&gt;Wix&lt;/i&gt;.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="338"/>
        <source>Tiendanube and Nuvemshop orders</source>
        <translation>Commandes Tiendanube et Nuvemshop</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="340"/>
        <source>One row per product (Ventas › Exportar, in Spanish or Portuguese): &lt;i&gt;Número de orden&lt;/i&gt; is the order, &lt;i&gt;Nombre del producto&lt;/i&gt;, &lt;i&gt;Precio del producto&lt;/i&gt; and &lt;i&gt;Cantidad del producto&lt;/i&gt; the line, &lt;i&gt;Email&lt;/i&gt; the customer and &lt;i&gt;Teléfono&lt;/i&gt; their phone number. &lt;i&gt;Descuento&lt;/i&gt;, the order&apos;s discount repeated on each row, is spread once over its lines. The payment&apos;s state (&lt;i&gt;Estado del pago&lt;/i&gt;) decides: &lt;i&gt;Pendiente&lt;/i&gt; (a bank transfer not yet paid) is left out, &lt;i&gt;Cancelado&lt;/i&gt; and &lt;i&gt;Reembolsado&lt;/i&gt; are a sale and a return, &lt;i&gt;Parcialmente reembolsado&lt;/i&gt; is a sale whose refund is in no column. &lt;i&gt;Total&lt;/i&gt;, &lt;i&gt;Subtotal de productos&lt;/i&gt;, &lt;i&gt;Costo de envío&lt;/i&gt; and &lt;i&gt;Canal&lt;/i&gt; (the buyer&apos;s device) are not read. The source is &lt;i&gt;Tiendanube&lt;/i&gt;.</source>
        <translation>Une ligne par produit (Ventas › Exportar, en espagnol ou en portugais) : &lt;i&gt;Número de orden&lt;/i&gt; est la commande, &lt;i&gt;Nombre del producto&lt;/i&gt;, &lt;i&gt;Precio del producto&lt;/i&gt; et &lt;i&gt;Cantidad del producto&lt;/i&gt; la ligne, &lt;i&gt;Email&lt;/i&gt; le client et &lt;i&gt;Teléfono&lt;/i&gt; son numéro de téléphone. &lt;i&gt;Descuento&lt;/i&gt;, la remise de la commande répétée sur chaque ligne, est répartie une seule fois sur ses lignes. L&apos;état du paiement (&lt;i&gt;Estado del pago&lt;/i&gt;) décide : &lt;i&gt;Pendiente&lt;/i&gt; (un virement pas encore payé) est laissé de côté, &lt;i&gt;Cancelado&lt;/i&gt; et &lt;i&gt;Reembolsado&lt;/i&gt; sont une vente et un retour, &lt;i&gt;Parcialmente reembolsado&lt;/i&gt; est une vente dont le remboursement ne figure dans aucune colonne. &lt;i&gt;Total&lt;/i&gt;, &lt;i&gt;Subtotal de productos&lt;/i&gt;, &lt;i&gt;Costo de envío&lt;/i&gt; et &lt;i&gt;Canal&lt;/i&gt; (l&apos;appareil de l&apos;acheteur) ne sont pas lus. La source est &lt;i&gt;Tiendanube&lt;/i&gt;.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="353"/>
        <source>Square item sales</source>
        <translation>Ventes par article Square</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="355"/>
        <source>Date, time, transaction id, item, quantity, gross and net sales. A refund row with a negative amount is a return.</source>
        <translation>Date, heure, identifiant de transaction, article, quantité, ventes brutes et nettes. Une ligne de remboursement avec un montant négatif est un retour.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="358"/>
        <source>SumUp sales report</source>
        <translation>Rapport des ventes SumUp</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="360"/>
        <source>One row per item sold or refunded (Sales › Reports, in French &quot;Rapport des ventes&quot;): &lt;i&gt;Transaction ID&lt;/i&gt; (&lt;i&gt;Numéro de transaction&lt;/i&gt;) is the sale, &lt;i&gt;Description&lt;/i&gt; the product and &lt;i&gt;Price (Gross)&lt;/i&gt; (&lt;i&gt;Prix (TTC)&lt;/i&gt;) the line&apos;s amount after &lt;i&gt;Discount&lt;/i&gt; (&lt;i&gt;Remise&lt;/i&gt;), with tax. A &lt;i&gt;Refund&lt;/i&gt; (&lt;i&gt;Remboursement&lt;/i&gt;) row is a return of its items on the refund&apos;s day. The lines are sold in the store, from the source SumUp; the report names no customer.</source>
        <translation>Une ligne par article vendu ou remboursé (Ventes › Rapports, « Rapport des ventes ») : &lt;i&gt;Numéro de transaction&lt;/i&gt; (&lt;i&gt;Transaction ID&lt;/i&gt;) est la vente, &lt;i&gt;Description&lt;/i&gt; le produit et &lt;i&gt;Prix (TTC)&lt;/i&gt; (&lt;i&gt;Price (Gross)&lt;/i&gt;) le montant de la ligne après la &lt;i&gt;Remise&lt;/i&gt; (&lt;i&gt;Discount&lt;/i&gt;), taxes comprises. Une ligne &lt;i&gt;Remboursement&lt;/i&gt; (&lt;i&gt;Refund&lt;/i&gt;) est un retour de ses articles le jour du remboursement. Les lignes sont vendues en magasin, depuis la source SumUp ; le rapport ne nomme aucun client.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="369"/>
        <source>Loyverse receipts by item</source>
        <translation>Reçus Loyverse par article</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="371"/>
        <source>One row per item (Reports › Receipts › Export › Receipts by item), in Spanish or English: &lt;i&gt;Receipt number&lt;/i&gt; (&lt;i&gt;Número de recibo&lt;/i&gt;) is the sale, &lt;i&gt;Item&lt;/i&gt; (&lt;i&gt;Artículo&lt;/i&gt;) the product, &lt;i&gt;Store&lt;/i&gt; (&lt;i&gt;Tienda&lt;/i&gt;) the shop and &lt;i&gt;Gross sales&lt;/i&gt; (&lt;i&gt;Ventas brutas&lt;/i&gt;) the line&apos;s amount before &lt;i&gt;Discounts&lt;/i&gt; (&lt;i&gt;Descuentos&lt;/i&gt;). A &lt;i&gt;Refund&lt;/i&gt; (&lt;i&gt;Reembolso&lt;/i&gt;) receipt is a return on its day; a &lt;i&gt;Cancelled&lt;/i&gt; (&lt;i&gt;Cancelado&lt;/i&gt;) receipt is a sale and a return. &lt;i&gt;Customer contacts&lt;/i&gt; (&lt;i&gt;Contactos del cliente&lt;/i&gt;) tells the loyalty customers apart and is not read as an e-mail address. Not read: &lt;i&gt;Cost of goods&lt;/i&gt;, the whole line&apos;s cost (StoreLens takes a unit cost, so gross margin is not shown), &lt;i&gt;Variant&lt;/i&gt; (each variant&apos;s SKU is a product of its own), the till and the cashier.</source>
        <translation>Une ligne par article (Rapports › Reçus › Exporter › Reçus par article), en espagnol ou en anglais : &lt;i&gt;Receipt number&lt;/i&gt; (&lt;i&gt;Número de recibo&lt;/i&gt;) est la vente, &lt;i&gt;Item&lt;/i&gt; (&lt;i&gt;Artículo&lt;/i&gt;) le produit, &lt;i&gt;Store&lt;/i&gt; (&lt;i&gt;Tienda&lt;/i&gt;) la boutique et &lt;i&gt;Gross sales&lt;/i&gt; (&lt;i&gt;Ventas brutas&lt;/i&gt;) le montant de la ligne avant &lt;i&gt;Discounts&lt;/i&gt; (&lt;i&gt;Descuentos&lt;/i&gt;). Un reçu &lt;i&gt;Refund&lt;/i&gt; (&lt;i&gt;Reembolso&lt;/i&gt;) est un retour à sa date ; un reçu &lt;i&gt;Cancelled&lt;/i&gt; (&lt;i&gt;Cancelado&lt;/i&gt;) est une vente et un retour. &lt;i&gt;Customer contacts&lt;/i&gt; (&lt;i&gt;Contactos del cliente&lt;/i&gt;) distingue les clients du programme de fidélité et n&apos;est pas lu comme une adresse e-mail. Non lus : &lt;i&gt;Cost of goods&lt;/i&gt;, le coût de toute la ligne (StoreLens attend un coût unitaire, la marge brute n&apos;est donc pas affichée), &lt;i&gt;Variant&lt;/i&gt; (le SKU de chaque variante est un produit à part), la caisse et le caissier.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="384"/>
        <source>Clover line items</source>
        <translation>Lignes d&apos;articles Clover</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="386"/>
        <source>One row per item (Transactions › Line Items › Export). &lt;i&gt;Item Total&lt;/i&gt; is the line&apos;s amount after the order&apos;s discounts and before VAT; &lt;i&gt;Per Unit Quantity&lt;/i&gt; is the weight of goods sold by weight, and blank for one piece. &lt;i&gt;Open&lt;/i&gt; orders were never paid and are left out; a line marked &lt;i&gt;Refunded&lt;/i&gt; is a sale and a return on the order&apos;s day; &lt;i&gt;Service Charge&lt;/i&gt; lines are not sales and are left out. The lines are sold in the store, from the source Clover; the export names no customer.</source>
        <translation>Une ligne par article (Transactions › Articles › Exporter). &lt;i&gt;Item Total&lt;/i&gt; est le montant de la ligne après les remises de la commande et hors TVA ; &lt;i&gt;Per Unit Quantity&lt;/i&gt; est le poids des marchandises vendues au poids, et vide pour une pièce. Les commandes &lt;i&gt;Open&lt;/i&gt; n&apos;ont jamais été payées et sont laissées de côté ; une ligne marquée &lt;i&gt;Refunded&lt;/i&gt; est une vente et un retour le jour de la commande ; les lignes &lt;i&gt;Service Charge&lt;/i&gt; ne sont pas des ventes et sont laissées de côté. Les lignes sont vendues en magasin, depuis la source Clover ; l&apos;export ne nomme aucun client.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="394"/>
        <source>Lightspeed sales lines</source>
        <translation>Lignes de vente Lightspeed</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="395"/>
        <source>Sale id, line, item, quantity and totals per line.</source>
        <translation>Identifiant de vente, ligne, article, quantité et totaux par ligne.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="397"/>
        <source>ERP line exports</source>
        <translation>Exports de lignes d&apos;ERP</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="399"/>
        <source>Invoice number, stock code, quantity, unit price, invoice date and customer id (the layout of many ERP and accounting systems, such as the &lt;i&gt;Online Retail&lt;/i&gt; data set). An invoice number starting with &lt;i&gt;C&lt;/i&gt; is a cancellation, so its lines are returns.</source>
        <translation>Numéro de facture, code article, quantité, prix unitaire, date de facture et identifiant client (la disposition de nombreux ERP et logiciels de comptabilité, comme le jeu de données &lt;i&gt;Online Retail&lt;/i&gt;). Un numéro de facture commençant par &lt;i&gt;C&lt;/i&gt; est une facture d&apos;avoir : ses lignes sont donc des retours.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="404"/>
        <source>German till exports</source>
        <translation>Exports de caisses allemandes</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="406"/>
        <source>Receipt number (&lt;i&gt;Bon-Nr.&lt;/i&gt;, &lt;i&gt;Beleg-Nr.&lt;/i&gt;), customer number, article number, product group (&lt;i&gt;Warengruppe&lt;/i&gt;), quantity, unit price, discount (&lt;i&gt;Rabatt&lt;/i&gt;, or &lt;i&gt;Rabatt €&lt;/i&gt; beside &lt;i&gt;Rabatt %&lt;/i&gt;) and the line&apos;s total (&lt;i&gt;Gesamtbetrag&lt;/i&gt;, &lt;i&gt;Gesamt brutto&lt;/i&gt;), which is taken as the line&apos;s amount to the cent, with decimal commas and German month names. A Storno line (negative quantity) returns its sale, discount included.</source>
        <translation>Numéro de ticket (&lt;i&gt;Bon-Nr.&lt;/i&gt;, &lt;i&gt;Beleg-Nr.&lt;/i&gt;), numéro client, numéro d’article, famille de produits (&lt;i&gt;Warengruppe&lt;/i&gt;), quantité, prix unitaire, remise (&lt;i&gt;Rabatt&lt;/i&gt;, ou &lt;i&gt;Rabatt €&lt;/i&gt; à côté de &lt;i&gt;Rabatt %&lt;/i&gt;) et le total de la ligne (&lt;i&gt;Gesamtbetrag&lt;/i&gt;, &lt;i&gt;Gesamt brutto&lt;/i&gt;), repris au centime comme montant de la ligne, avec virgule décimale et noms de mois allemands. Une ligne Storno (quantité négative) est le retour de sa vente, remise comprise.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="414"/>
        <source>DSFinV-K receipts (transactions.csv)</source>
        <translation>Reçus DSFinV-K (transactions.csv)</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="416"/>
        <source>A German till&apos;s DSFinV-K export, its receipts file &lt;i&gt;transactions.csv&lt;/i&gt; (as orderbird and other tills write it): each receipt is an order, &lt;i&gt;BON_ID&lt;/i&gt; its number, &lt;i&gt;BON_ENDE&lt;/i&gt; its time (not &lt;i&gt;Z_ERSTELLUNG&lt;/i&gt;, the day&apos;s closing), &lt;i&gt;UMS_BRUTTO&lt;/i&gt; its amount with VAT and after its discounts, &lt;i&gt;KUNDE_ID&lt;/i&gt; and &lt;i&gt;KUNDE_NAME&lt;/i&gt; the customer and &lt;i&gt;KUNDE_LAND&lt;/i&gt; the country. Receipts that sold nothing (training, orders, transfers, cancelled or aborted receipts, cash moved into or out of the till) are left out and counted; a storno receipt of a negative amount is a return on its own day. The receipts name no products, and the import says so. The source is &lt;i&gt;DSFinV-K&lt;/i&gt;.</source>
        <translation>L&apos;export DSFinV-K d&apos;une caisse allemande, son fichier de reçus &lt;i&gt;transactions.csv&lt;/i&gt; (tel qu&apos;orderbird et d&apos;autres caisses l&apos;écrivent) : chaque reçu est une commande, &lt;i&gt;BON_ID&lt;/i&gt; son numéro, &lt;i&gt;BON_ENDE&lt;/i&gt; son heure (pas &lt;i&gt;Z_ERSTELLUNG&lt;/i&gt;, la clôture de la journée), &lt;i&gt;UMS_BRUTTO&lt;/i&gt; son montant TVA comprise et après ses remises, &lt;i&gt;KUNDE_ID&lt;/i&gt; et &lt;i&gt;KUNDE_NAME&lt;/i&gt; le client et &lt;i&gt;KUNDE_LAND&lt;/i&gt; le pays. Les reçus qui n&apos;ont rien vendu (formation, commandes, transferts, reçus annulés ou interrompus, espèces entrées dans la caisse ou sorties de celle-ci) sont laissés de côté et comptés ; un reçu storno d&apos;un montant négatif est un retour à sa propre date. Les reçus ne nomment aucun produit, et l&apos;import le signale. La source est &lt;i&gt;DSFinV-K&lt;/i&gt;.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="428"/>
        <source>Plain till (POS) files</source>
        <translation>Fichiers de caisse (TPV) simples</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="430"/>
        <source>Any file with an order or receipt number, a product, a quantity and a price or line total. Without an order id each row is an order; without a price the file is imported after you confirm it and money figures say &quot;no prices imported&quot;.</source>
        <translation>Tout fichier comportant un numéro de commande ou de ticket, un produit, une quantité et un prix ou un total de ligne. Sans numéro de commande, chaque ligne est une commande ; sans prix, le fichier est importé après votre confirmation et les montants indiquent « aucun prix importé ».</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="435"/>
        <source>Purchase logs without a header</source>
        <translation>Journaux d&apos;achats sans en-tête</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="436"/>
        <source>Such as the CDNOW log: customer id, date, quantity and amount; the columns are recognised from their values.</source>
        <translation>Comme le journal CDNOW : identifiant client, date, quantité et montant ; les colonnes sont reconnues d&apos;après leurs valeurs.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="440"/>
        <source>Customers, products and side tables</source>
        <translation>Clients, produits et tables annexes</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="442"/>
        <source>Customer lists (id, name, e-mail, phone, city, country, consent), product lists (SKU, name, category, cost), inventory snapshots, store traffic, staffing and marketing spend each have their own import.</source>
        <translation>Les listes de clients (identifiant, nom, e-mail, téléphone, ville, pays, consentement), les listes de produits (SKU, nom, catégorie, coût), les relevés de stock, la fréquentation des magasins, le personnel et les dépenses marketing ont chacun leur propre importation.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="447"/>
        <source>One person in two files</source>
        <translation>Une personne dans deux fichiers</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="449"/>
        <source>A till keys its customers by its own number, a web shop by e-mail address: one person becomes two customers. When a file&apos;s customers have the e-mail address or the phone number of another customer of the workspace (a phone only where one of the two has no address), the Check step counts them with an example, whichever file you imported first. &lt;b&gt;Count Each Person Once&lt;/b&gt; then gives each line that customer; the choice is kept in the import profile. Phone numbers are compared by their digits without the country code, and only from 7 digits; a number or address that two customers share matches neither.</source>
        <translation>Une caisse identifie ses clients par son propre numéro, une boutique en ligne par leur adresse e-mail : une personne devient deux clients. Quand les clients d&apos;un fichier ont l&apos;adresse e-mail ou le numéro de téléphone d&apos;un autre client de l&apos;espace de travail (le téléphone seulement si l&apos;un des deux n&apos;a pas d&apos;adresse), l&apos;étape Vérification les compte avec un exemple, quel que soit le fichier importé en premier. &lt;b&gt;Compter chaque personne une fois&lt;/b&gt; attribue alors ce client à chaque ligne ; le choix est gardé dans le profil d&apos;importation. Les numéros de téléphone sont comparés par leurs chiffres sans l&apos;indicatif du pays, et seulement à partir de 7 chiffres ; un numéro ou une adresse que deux clients partagent ne correspond à aucun des deux.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="461"/>
        <source>Every import of order lines belongs to a &lt;i&gt;source&lt;/i&gt; (the till, the web shop): order 1001 of the till and order 1001 of the web shop are two orders. Importing an overlapping export again updates lines instead of doubling them. Tick &lt;b&gt;Replace&lt;/b&gt; when a new export is the truth for its days: lines of that source on those days that it no longer holds are removed. A file that holds only a few of its source&apos;s orders on its days looks like another till or shop: Replace is not offered for it, and the Check step offers to import it as a source of its own (such as &quot;Till 2&quot;). The command line refuses &lt;tt&gt;--replace&lt;/tt&gt; for such a file unless &lt;tt&gt;--replace-other-source&lt;/tt&gt; is given.</source>
        <translation>Chaque importation de lignes de commande appartient à une &lt;i&gt;source&lt;/i&gt; (la caisse, la boutique en ligne) : la commande 1001 de la caisse et la commande 1001 de la boutique en ligne sont deux commandes. Réimporter un export qui se chevauche met à jour les lignes au lieu de les dupliquer. Cochez &lt;b&gt;Remplacer&lt;/b&gt; quand un nouvel export fait foi pour ses jours : les lignes de cette source sur ces jours qu&apos;il ne contient plus sont supprimées. Un fichier qui ne contient que peu des commandes de sa source sur ses jours ressemble à une autre caisse ou boutique : Remplacer ne lui est pas proposé, et l&apos;étape Vérification propose de l&apos;importer comme une source à part (par exemple « Caisse 2 »). La ligne de commande refuse &lt;tt&gt;--replace&lt;/tt&gt; pour un tel fichier, sauf avec &lt;tt&gt;--replace-other-source&lt;/tt&gt;.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="482"/>
        <source>The Overview (Ctrl+1) shows the key figures of the period chosen in the filter bar. Each tile shows the value, the comparison period&apos;s value, the change (green when it is a change for the better, red when for the worse), a sparkline of the period and, when you set one, the target. Hover a tile for its formula with the exact numbers, or press Shift+F1 and click it for what it means. &lt;b&gt;Choose tiles…&lt;/b&gt; sets which tiles appear, in which order, and their targets.</source>
        <translation>La Vue d&apos;ensemble (Ctrl+1) affiche les chiffres clés de la période choisie dans la barre de filtres. Chaque tuile affiche la valeur, la valeur de la période de comparaison, l&apos;évolution (en vert quand elle est favorable, en rouge quand elle est défavorable), une mini-courbe de la période et, si vous en avez défini un, l&apos;objectif. Survolez une tuile pour voir sa formule avec les nombres exacts, ou appuyez sur Maj+F1 puis cliquez dessus pour savoir ce qu&apos;elle signifie. &lt;b&gt;Choisir les tuiles…&lt;/b&gt; permet de définir les tuiles affichées, leur ordre et leurs objectifs.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="491"/>
        <source>A tile judges a change only when it means something. &lt;b&gt;Not comparable&lt;/b&gt;: the comparison period holds too little data (the note under the heading says which). &lt;b&gt;Too early to tell&lt;/b&gt; on retention and churn: a customer counts as lost only after 365 days without buying (the activity window), so while the data reaches back less than that before the period, nobody can be lost yet and retention reads 100 %; the tile shows the value greyed and says how many days the data covers.</source>
        <translation>Une tuile ne juge une évolution que lorsqu&apos;elle a un sens. &lt;b&gt;Non comparable&lt;/b&gt; : la période de comparaison contient trop peu de données (la note sous le titre précise laquelle). &lt;b&gt;Trop tôt pour le dire&lt;/b&gt; pour la rétention et l&apos;attrition : un client n&apos;est compté comme perdu qu&apos;après 365 jours sans achat (la fenêtre d&apos;activité) ; tant que les données remontent moins loin avant la période, personne ne peut encore être perdu et la rétention affiche 100 % ; la tuile montre la valeur en gris et dit combien de jours les données couvrent.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="576"/>
        <source>&lt;b&gt;Forget this customer…&lt;/b&gt; removes their personal data (name, e-mail, phone, address and every other field of their customer record) for good. Their purchases stay as guest purchases, so orders, net sales and units do not change; the number of customers drops by one. The removed data is also wiped from the workspace file. If you import an export that still holds the customer, they are imported again.</source>
        <translation>&lt;b&gt;Oublier ce client…&lt;/b&gt; supprime définitivement ses données personnelles (nom, e-mail, téléphone, adresse et tous les autres champs de sa fiche client). Ses achats restent en tant qu&apos;achats sans compte client : les commandes, le chiffre d&apos;affaires net et les unités ne changent donc pas ; le nombre de clients diminue d&apos;un. Les données supprimées sont aussi effacées du fichier d&apos;espace de travail. Si vous importez un export qui contient encore ce client, il est de nouveau importé.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="624"/>
        <source>&lt;b&gt;File › Export Report…&lt;/b&gt; (Ctrl+Shift+E) writes a PDF for the owner: a title page with the period and the filters, the KPI table with comparisons and targets, trend charts, the cohort heatmap, RFM segments and grid, top products and categories, predicted CLV and an appendix that defines every figure. Choose A4 or Letter, portrait or landscape, and a weekly, monthly or quarterly preset. The report is written in the language chosen in &lt;b&gt;Edit › Preferences…&lt;/b&gt;.</source>
        <translation>&lt;b&gt;Fichier › Exporter le rapport…&lt;/b&gt; (Ctrl+Maj+E) écrit un PDF destiné au propriétaire : une page de titre avec la période et les filtres, le tableau des indicateurs avec comparaisons et objectifs, des graphiques de tendance, la carte de chaleur des cohortes, les segments et la grille RFM, les meilleurs produits et catégories, la CLV prédite et une annexe qui définit chaque chiffre. Choisissez A4 ou Letter, portrait ou paysage, et un préréglage hebdomadaire, mensuel ou trimestriel. Le rapport est rédigé dans la langue choisie dans &lt;b&gt;Édition › Préférences…&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="459"/>
        <source>Sources and re-imports</source>
        <translation>Sources et réimportations</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="191"/>
        <source>A cancellation status StoreLens knows (Cancelled, Annulé, …) counts each of its lines as a sale and a return when the file lists each order once, as a web shop&apos;s does. On a till, where a receipt holds a voided line beside paid ones, a voided status (Anulado, Annulée, Stornato, Storniert, Geannuleerd) means taken off before payment: its lines are left out of sales. The Check step lists these statuses either way and lets you choose the other reading.</source>
        <translation>Un statut d&apos;annulation que StoreLens connaît (Cancelled, Annulé, …) compte la commande comme vendue, puis remboursée (chacune de ses lignes compte comme une vente et un retour) quand le fichier liste chaque commande une seule fois, comme celui d&apos;une boutique en ligne. En caisse, où un ticket contient une ligne annulée à côté de lignes payées, un statut de ligne annulée (Anulado, Annulée, Stornato, Storniert, Geannuleerd) signifie retirée avant paiement : ses lignes sont écartées des ventes. L&apos;étape de vérification liste ces statuts dans les deux cas et vous laisse choisir l&apos;autre lecture.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="472"/>
        <source>The whole import is one step: if it fails or you cancel it, the workspace stays exactly as it was. You can save the column mapping as a profile; a file with the same columns goes straight to the check next time.</source>
        <translation>L&apos;importation entière forme une seule étape : si elle échoue ou si vous l&apos;annulez, l&apos;espace de travail reste exactement tel qu&apos;il était. Vous pouvez enregistrer la correspondance des colonnes comme profil ; la fois suivante, un fichier avec les mêmes colonnes passe directement à la vérification.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="478"/>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="500"/>
        <source>The charts show net sales over time against the comparison period, net sales by month against a year earlier, new and returning customers, and net sales by store, channel and category, with the top products. Right-click a chart (a tile&apos;s sparkline too) to copy it as an image, save it as PNG or SVG, or copy its figures for a spreadsheet.</source>
        <translation>Les graphiques montrent le chiffre d&apos;affaires net au fil du temps par rapport à la période de comparaison, le chiffre d&apos;affaires net par mois par rapport à l&apos;année précédente, les nouveaux clients et les clients récurrents, ainsi que le chiffre d&apos;affaires net par magasin, canal et catégorie, avec les meilleurs produits. Faites un clic droit sur un graphique (y compris la mini-courbe d&apos;une tuile) pour le copier comme image, l&apos;enregistrer en PNG ou SVG, ou copier ses chiffres pour un tableur.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="507"/>
        <source>Every figure is defined in &lt;a href=&quot;figures.html&quot;&gt;What every figure means&lt;/a&gt;.</source>
        <translation>Chaque chiffre est défini dans &lt;a href=&quot;figures.html&quot;&gt;Ce que signifie chaque chiffre&lt;/a&gt;.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="512"/>
        <source>Cohorts</source>
        <translation>Cohortes</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="516"/>
        <source>A cohort is the group of customers whose first purchase fell in the same week, month or quarter. Each row of the heatmap is one cohort; each column is the number of periods since that first purchase. A cell shows the share of the cohort&apos;s customers who bought again in that period (or, with another metric chosen, their net sales or orders). Darker cells mean more customers came back.</source>
        <translation>Une cohorte est le groupe des clients dont le premier achat a eu lieu la même semaine, le même mois ou le même trimestre. Chaque ligne de la carte de chaleur est une cohorte ; chaque colonne est le nombre de périodes écoulées depuis ce premier achat. Une cellule indique la part des clients de la cohorte qui ont de nouveau acheté sur cette période (ou, si une autre métrique est choisie, leur chiffre d&apos;affaires net ou leurs commandes). Plus une cellule est foncée, plus les clients sont revenus.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="524"/>
        <source>Hatched cells are periods that are not over yet, so their figure is still growing. Hover a cell for the exact figures; click it, or press Enter, to list its customers in the Customers view.</source>
        <translation>Les cellules hachurées sont des périodes qui ne sont pas encore terminées : leur chiffre continue donc d&apos;augmenter. Survolez une cellule pour voir les chiffres exacts ; cliquez dessus, ou appuyez sur Entrée, pour lister ses clients dans la vue Clients.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="529"/>
        <source>Read the heatmap down a column to see whether newer customers come back more often than older ones, and along a row to see how quickly a cohort fades.</source>
        <translation>Lisez la carte de chaleur de haut en bas dans une colonne pour voir si les clients plus récents reviennent plus souvent que les anciens, et le long d&apos;une ligne pour voir à quelle vitesse une cohorte s&apos;essouffle.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="535"/>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="539"/>
        <source>Every customer gets three scores from 1 to 5: &lt;b&gt;R&lt;/b&gt;ecency (how recently they bought), &lt;b&gt;F&lt;/b&gt;requency (how often) and &lt;b&gt;M&lt;/b&gt;onetary value (how much). The RFM grid places them by recency and by the average of frequency and monetary value, and names the groups: Champions, Loyal customers, At risk, Can&apos;t lose them, Hibernating and others.</source>
        <translation>Chaque client reçoit trois scores de 1 à 5 : &lt;b&gt;R&lt;/b&gt;écence (à quand remonte son dernier achat), &lt;b&gt;F&lt;/b&gt;réquence (à quelle fréquence il achète) et &lt;b&gt;M&lt;/b&gt;ontant (combien il dépense). La grille RFM les place selon la récence et selon la moyenne de la fréquence et du montant, et nomme les groupes : Champions, Clients fidèles, À risque, À ne pas perdre, En hibernation et d&apos;autres.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="546"/>
        <source>Lifecycle stages (%1) come from the days since each customer&apos;s last purchase; value tiers (%2) from their net sales. Both thresholds can be changed.</source>
        <translation>Les étapes du cycle de vie (%1) dépendent du nombre de jours depuis le dernier achat de chaque client ; les niveaux de valeur (%2), de son chiffre d&apos;affaires net. Les deux seuils peuvent être modifiés.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="552"/>
        <source>Saved segments are rules you build (for example &quot;net sales over 300 and last purchase more than 90 days ago&quot;), with a live count of the customers who match. A segment&apos;s members can be exported as CSV; customers without marketing consent are left out unless you ask for them.</source>
        <translation>Les segments enregistrés sont des règles que vous construisez (par exemple « chiffre d&apos;affaires net supérieur à 300 et dernier achat il y a plus de 90 jours »), avec un décompte en direct des clients qui y correspondent. Les membres d&apos;un segment peuvent être exportés au format CSV ; les clients sans consentement marketing sont exclus, sauf si vous les demandez.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="559"/>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="563"/>
        <source>The Customers view (Ctrl+4) lists every customer who bought. Search by id, name, e-mail, country or segment (Ctrl+F) and click a column header to sort. Selecting a customer shows their profile: orders over time, products, categories, RFM scores, lifecycle stage, value tier, predicted lifetime value and the probability that they are still a customer.</source>
        <translation>La vue Clients (Ctrl+4) liste tous les clients qui ont acheté. Recherchez par identifiant, nom, e-mail, pays ou segment (Ctrl+F) et cliquez sur un en-tête de colonne pour trier. Sélectionner un client affiche son profil : commandes au fil du temps, produits, catégories, scores RFM, étape du cycle de vie, niveau de valeur, valeur vie client prédite et probabilité qu&apos;il soit encore client.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="569"/>
        <source>A customer&apos;s data</source>
        <translation>Les données d&apos;un client</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="571"/>
        <source>&lt;b&gt;Export this customer&apos;s data…&lt;/b&gt; writes everything StoreLens holds on the customer (their customer record, their order lines, their figures and segments) as JSON or CSV, for example to answer a request for access.</source>
        <translation>&lt;b&gt;Exporter les données de ce client…&lt;/b&gt; écrit tout ce que StoreLens détient sur le client (sa fiche client, ses lignes de commande, ses chiffres et ses segments) au format JSON ou CSV, par exemple pour répondre à une demande d&apos;accès.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="586"/>
        <source>Both also run from the command line: &lt;code&gt;storelens customer export&lt;/code&gt; and &lt;code&gt;storelens customer forget&lt;/code&gt;.</source>
        <translation>Les deux fonctionnent aussi en ligne de commande : &lt;code&gt;storelens customer export&lt;/code&gt; et &lt;code&gt;storelens customer forget&lt;/code&gt;.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="591"/>
        <source>Predictions</source>
        <translation>Prédictions</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="595"/>
        <source>Predictions estimate, for every customer, how many purchases they will make and what they will spend in the next twelve months (predicted customer lifetime value, CLV), and how likely it is that they are still a customer. The models learn from each customer&apos;s number of repeat purchases, the time of their last purchase and their average spend.</source>
        <translation>Les prédictions estiment, pour chaque client, combien d&apos;achats il fera et combien il dépensera dans les douze prochains mois (valeur vie client prédite, CLV), ainsi que la probabilité qu&apos;il soit encore client. Les modèles apprennent à partir du nombre d&apos;achats répétés de chaque client, de la date de son dernier achat et de sa dépense moyenne.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="602"/>
        <source>StoreLens fits several purchase models and uses the one that predicted a held-out stretch of recent history best, and says which in one sentence. The holdout chart compares the predicted repeat purchases with what happened after a split date you can choose. Predictions follow the filters, but not the date range: they always read the whole history. With fewer than 200 customers within the filters there are no predictions, and so nothing to check.</source>
        <translation>StoreLens ajuste plusieurs modèles d&apos;achat, retient celui qui a le mieux prédit une portion récente de l&apos;historique mise de côté, et indique lequel en une phrase. Le graphique de test compare les achats répétés prédits avec ce qui s&apos;est réellement passé après une date de séparation que vous pouvez choisir. Les prédictions suivent les filtres, mais pas la plage de dates : elles lisent toujours tout l&apos;historique. Avec moins de 200 clients dans les filtres, il n&apos;y a pas de prédictions, et donc rien à vérifier.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="611"/>
        <source>When what customers spend varies too widely for the spend model (often one customer id shared by several people, or orders that are no purchase counted as sales), the purchases expected and the chance that each customer is still active are still shown, as they do not depend on spend; expected spend and lifetime value are not, and the Predictions tab says why.</source>
        <translation>Quand ce que dépensent les clients varie trop pour le modèle de dépense (souvent un même identifiant client partagé par plusieurs personnes, ou des commandes qui ne sont pas des achats comptées comme ventes), les achats attendus et la probabilité que chaque client soit encore actif restent affichés, car ils ne dépendent pas de la dépense ; la dépense attendue et la valeur vie client ne le sont pas, et l&apos;onglet Prédictions dit pourquoi.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="620"/>
        <source>The PDF report</source>
        <translation>Le rapport PDF</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="633"/>
        <source>&lt;b&gt;File › Print…&lt;/b&gt; (Ctrl+P) prints the view on screen, all of it: a long table or the whole Overview runs over as many pages as it needs.</source>
        <translation>&lt;b&gt;Fichier › Imprimer…&lt;/b&gt; (Ctrl+P) imprime la vue affichée à l&apos;écran, en entier : un long tableau ou toute la Vue d&apos;ensemble s&apos;étend sur autant de pages que nécessaire.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="637"/>
        <source>The same report runs without a window: &lt;code&gt;storelens report --workspace shop.storelens --out report.pdf&lt;/code&gt;.</source>
        <translation>Le même rapport peut être produit sans fenêtre : &lt;code&gt;storelens report --workspace shop.storelens --out report.pdf&lt;/code&gt;.</translation>
    </message>
</context>
<context>
    <name>storelens::ui::HandbookWindow</name>
    <message>
        <location filename="../ui/help/HandbookWindow.cpp" line="47"/>
        <location filename="../ui/help/HandbookWindow.cpp" line="71"/>
        <source>StoreLens Handbook</source>
        <translation>Manuel de StoreLens</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookWindow.cpp" line="51"/>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookWindow.cpp" line="52"/>
        <source>Forward</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookWindow.cpp" line="53"/>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookWindow.cpp" line="74"/>
        <source>%1 – StoreLens Handbook</source>
        <translation>%1 – Manuel de StoreLens</translation>
    </message>
</context>
<context>
    <name>storelens::ui::HelpController</name>
    <message>
        <location filename="../ui/help/HelpController.cpp" line="22"/>
        <source>&amp;Handbook</source>
        <translation>&amp;Manuel</translation>
    </message>
    <message>
        <location filename="../ui/help/HelpController.cpp" line="26"/>
        <source>Open the handbook at the page of the view shown.</source>
        <translation>Ouvrir le manuel à la page de la vue affichée.</translation>
    </message>
    <message>
        <location filename="../ui/help/HelpController.cpp" line="32"/>
        <source>&amp;Preferences…</source>
        <translation>Préférence&amp;s…</translation>
    </message>
    <message>
        <location filename="../ui/help/HelpController.cpp" line="35"/>
        <source>Choose the language of StoreLens and of its reports.</source>
        <translation>Choisir la langue de StoreLens et de ses rapports.</translation>
    </message>
    <message>
        <location filename="../ui/help/HelpController.cpp" line="47"/>
        <source>Language changed</source>
        <translation>Langue modifiée</translation>
    </message>
    <message>
        <location filename="../ui/help/HelpController.cpp" line="48"/>
        <source>StoreLens shows the new language after it starts again.</source>
        <translation>StoreLens affiche la nouvelle langue après un redémarrage.</translation>
    </message>
    <message>
        <location filename="../ui/help/HelpController.cpp" line="51"/>
        <source>&amp;Restart now</source>
        <translation>&amp;Redémarrer maintenant</translation>
    </message>
    <message>
        <location filename="../ui/help/HelpController.cpp" line="52"/>
        <source>&amp;Later</source>
        <translation>&amp;Plus tard</translation>
    </message>
</context>
<context>
    <name>storelens::ui::ImportController</name>
    <message>
        <location filename="../ui/shell/ImportController.cpp" line="108"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportController.cpp" line="108"/>
        <source>Data exports (%1)</source>
        <extracomment>A file dialog&apos;s filter; %1 is the list of patterns &quot;*.csv *.tsv *.txt *.skv&quot;.</extracomment>
        <translation>Exports de données (%1)</translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportController.cpp" line="131"/>
        <source>Another import is still running.</source>
        <translation>Une autre importation est encore en cours.</translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportController.cpp" line="132"/>
        <source>No workspace is open.</source>
        <translation>Aucun espace de travail n&apos;est ouvert.</translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportController.cpp" line="139"/>
        <source>Checking %1…</source>
        <translation>Vérification de %1…</translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportController.cpp" line="139"/>
        <source>Importing %1…</source>
        <translation>Importation de %1…</translation>
    </message>
</context>
<context>
    <name>storelens::ui::ImportMatchOffer</name>
    <message>
        <location filename="../ui/importwizard/ImportMatchOffer.cpp" line="27"/>
        <source>Count as One &amp;Product</source>
        <translation>Compter comme un seul &amp;produit</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMatchOffer.cpp" line="35"/>
        <source>Counts each product without a code as the one product with a code of the same name, in this file and in the workspace, checks the file again and keeps the choice in the import profile.</source>
        <translation>Compte chaque produit sans référence comme l&apos;unique produit avec référence du même nom, dans ce fichier et dans l&apos;espace de travail, vérifie à nouveau le fichier et garde ce choix dans le profil d&apos;import.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMatchOffer.cpp" line="45"/>
        <source>Imports the file as a source of its own under this name and checks it again. The name can be changed on the Columns page (Back).</source>
        <translation>Importe le fichier comme une source à part entière sous ce nom et le vérifie à nouveau. Le nom peut être changé à la page Colonnes (Précédent).</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMatchOffer.cpp" line="78"/>
        <source>Import as &quot;%1&quot;</source>
        <translation>Importer comme « %1 »</translation>
    </message>
</context>
<context>
    <name>storelens::ui::ImportMessages</name>
    <message>
        <location filename="../ui/shell/ImportMessages.cpp" line="18"/>
        <source>Line %1, column %2: %3</source>
        <translation>Ligne %1, colonne %2 : %3</translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportMessages.cpp" line="20"/>
        <source>Line %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportMessages.cpp" line="33"/>
        <source>Import finished</source>
        <translation>Importation terminée</translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportMessages.cpp" line="35"/>
        <source>%1 was imported (%2): %3 new rows, %4 updated, %5 unchanged, %6 rejected.</source>
        <translation>%1 a été importé (%2) : %3 nouvelles lignes, %4 mises à jour, %5 inchangées, %6 rejetées.</translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportMessages.cpp" line="45"/>
        <source>… and %1 more rejected rows.</source>
        <translation>… et %1 autres lignes rejetées.</translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportMessages.cpp" line="51"/>
        <source>Import failed</source>
        <translation>Échec de l&apos;importation</translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportMessages.cpp" line="54"/>
        <source>%1, line %2, column %3</source>
        <translation>%1, ligne %2, colonne %3</translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportMessages.cpp" line="57"/>
        <source>%1, line %2</source>
        <translation>%1, ligne %2</translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportMessages.cpp" line="58"/>
        <source>Nothing was imported. %1 (%2)</source>
        <translation>Rien n&apos;a été importé. %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportMessages.cpp" line="62"/>
        <source>Columns not recognised</source>
        <translation>Colonnes non reconnues</translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportMessages.cpp" line="64"/>
        <source>Nothing was imported: StoreLens could not find columns for %1 in %2 (read as %3). Import the file with File › Import… to choose the columns yourself.</source>
        <translation>Rien n&apos;a été importé : StoreLens n&apos;a pas trouvé de colonnes pour %1 dans %2 (lu comme %3). Importez le fichier avec Fichier › Importer… pour choisir vous-même les colonnes.</translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportMessages.cpp" line="69"/>
        <source>Say what the file holds</source>
        <translation>Indiquer ce que contient le fichier</translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportMessages.cpp" line="72"/>
        <source>Nothing was imported: StoreLens cannot tell what %1 holds. Choose it in the import wizard.</source>
        <translation>Rien n&apos;a été importé : StoreLens ne peut pas déterminer ce que contient %1. Choisissez-le dans l&apos;assistant d&apos;importation.</translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportMessages.cpp" line="75"/>
        <source>Nothing was imported: StoreLens cannot tell for sure what %1 holds (it could be %2). Choose it in the import wizard.</source>
        <translation>Rien n&apos;a été importé : StoreLens ne peut pas déterminer avec certitude ce que contient %1 (cela pourrait être %2). Choisissez-le dans l&apos;assistant d&apos;importation.</translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportMessages.cpp" line="80"/>
        <source>Import cancelled</source>
        <translation>Importation annulée</translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportMessages.cpp" line="81"/>
        <source>The import of %1 was cancelled. The workspace is unchanged.</source>
        <translation>L&apos;importation de %1 a été annulée. L&apos;espace de travail n&apos;a pas été modifié.</translation>
    </message>
</context>
<context>
    <name>storelens::ui::ImportPage</name>
    <message>
        <location filename="../ui/importwizard/ImportPage.cpp" line="52"/>
        <source>&amp;Cancel Import</source>
        <translation>&amp;Annuler l&apos;importation</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPage.cpp" line="53"/>
        <source>What was imported</source>
        <translation>Ce qui a été importé</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPage.cpp" line="54"/>
        <source>&amp;Save these settings for next time as:</source>
        <translation>&amp;Enregistrer ces paramètres pour la prochaine fois sous :</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPage.cpp" line="58"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPage.cpp" line="59"/>
        <source>The rows go into the workspace in one step: all of them, or none if you cancel.</source>
        <translation>Les lignes entrent dans l&apos;espace de travail en une seule fois : toutes, ou aucune si vous annulez.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPage.cpp" line="72"/>
        <source>What the file was:</source>
        <translation>Ce qu&apos;était le fichier :</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPage.cpp" line="76"/>
        <source>Lines removed (no longer in the re-export):</source>
        <translation>Lignes supprimées (absentes de la réexportation) :</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPage.cpp" line="78"/>
        <source>Till receipts left out (no sale):</source>
        <translation>Reçus de caisse laissés de côté (aucune vente) :</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPage.cpp" line="79"/>
        <source>Left out of sales:</source>
        <translation>Laissé hors des ventes :</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPage.cpp" line="80"/>
        <source>Products by name:</source>
        <translation>Produits par nom :</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPage.cpp" line="81"/>
        <source>Source:</source>
        <translation>Source :</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPage.cpp" line="82"/>
        <source>Dates:</source>
        <translation>Dates :</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPage.cpp" line="83"/>
        <source>Orders in the file:</source>
        <translation>Commandes dans le fichier :</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPage.cpp" line="84"/>
        <source>Gross sales in the file:</source>
        <translation>Chiffre d&apos;affaires brut du fichier :</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPage.cpp" line="85"/>
        <source>Discounts:</source>
        <translation>Remises :</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPage.cpp" line="86"/>
        <source>Returns:</source>
        <translation>Retours :</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPage.cpp" line="87"/>
        <source>Net sales in the file:</source>
        <translation>Chiffre d&apos;affaires net du fichier :</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPage.cpp" line="136"/>
        <source>Saving… all rows are read; %1 is being written into the workspace.</source>
        <translation>Enregistrement… toutes les lignes sont lues ; %1 est en cours d&apos;écriture dans l&apos;espace de travail.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPage.cpp" line="157"/>
        <source>Importing %1…</source>
        <translation>Importation de %1…</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPage.cpp" line="177"/>
        <source>Cancelling… the workspace is put back as it was.</source>
        <translation>Annulation… l&apos;espace de travail est remis dans son état initial.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPage.cpp" line="193"/>
        <source>The import was cancelled. The workspace is unchanged.</source>
        <translation>L&apos;importation a été annulée. L&apos;espace de travail n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPage.cpp" line="198"/>
        <source>Nothing was imported: %1</source>
        <translation>Rien n&apos;a été importé : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importwizard/ImportPage.cpp" line="232"/>
        <source>Order line(s) added:</source>
        <translation>
            <numerusform>Ligne de commande ajoutée :</numerusform>
            <numerusform>Lignes de commande ajoutées :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importwizard/ImportPage.cpp" line="233"/>
        <source>Order line(s) already there, changed:</source>
        <translation>
            <numerusform>Ligne de commande déjà présente, modifiée :</numerusform>
            <numerusform>Lignes de commande déjà présentes, modifiées :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importwizard/ImportPage.cpp" line="234"/>
        <source>Order line(s) already there, unchanged:</source>
        <translation>
            <numerusform>Ligne de commande déjà présente, inchangée :</numerusform>
            <numerusform>Lignes de commande déjà présentes, inchangées :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importwizard/ImportPage.cpp" line="237"/>
        <source>Customer(s) added:</source>
        <translation>
            <numerusform>Client ajouté :</numerusform>
            <numerusform>Clients ajoutés :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importwizard/ImportPage.cpp" line="238"/>
        <source>Customer(s) already there, changed:</source>
        <translation>
            <numerusform>Client déjà présent, modifié :</numerusform>
            <numerusform>Clients déjà présents, modifiés :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importwizard/ImportPage.cpp" line="239"/>
        <source>Customer(s) already there, unchanged:</source>
        <translation>
            <numerusform>Client déjà présent, inchangé :</numerusform>
            <numerusform>Clients déjà présents, inchangés :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importwizard/ImportPage.cpp" line="242"/>
        <source>Product(s) added:</source>
        <translation>
            <numerusform>Produit ajouté :</numerusform>
            <numerusform>Produits ajoutés :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importwizard/ImportPage.cpp" line="243"/>
        <source>Product(s) already there, changed:</source>
        <translation>
            <numerusform>Produit déjà présent, modifié :</numerusform>
            <numerusform>Produits déjà présents, modifiés :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importwizard/ImportPage.cpp" line="244"/>
        <source>Product(s) already there, unchanged:</source>
        <translation>
            <numerusform>Produit déjà présent, inchangé :</numerusform>
            <numerusform>Produits déjà présents, inchangés :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importwizard/ImportPage.cpp" line="247"/>
        <source>Row(s) added:</source>
        <translation>
            <numerusform>Ligne ajoutée :</numerusform>
            <numerusform>Lignes ajoutées :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importwizard/ImportPage.cpp" line="248"/>
        <source>Row(s) already there, changed:</source>
        <translation>
            <numerusform>Ligne déjà présente, modifiée :</numerusform>
            <numerusform>Lignes déjà présentes, modifiées :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importwizard/ImportPage.cpp" line="249"/>
        <source>Row(s) already there, unchanged:</source>
        <translation>
            <numerusform>Ligne déjà présente, inchangée :</numerusform>
            <numerusform>Lignes déjà présentes, inchangées :</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPage.cpp" line="264"/>
        <source>%1 was imported into the workspace (%2). The dashboards are being updated.</source>
        <translation>%1 a été importé dans l&apos;espace de travail (%2). Les tableaux de bord sont en cours de mise à jour.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPage.cpp" line="274"/>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
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
            <numerusform>Ligne du fichier rejetée (non importée) :</numerusform>
            <numerusform>Lignes du fichier rejetées (non importées) :</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPage.cpp" line="280"/>
        <source>no prices imported</source>
        <translation>aucun prix importé</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPage.cpp" line="335"/>
        <source>&lt;span style=&quot;color:#b00020&quot;&gt;The settings were not saved: %1&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#b00020&quot;&gt;Les paramètres n&apos;ont pas été enregistrés : %1&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>storelens::ui::ImportWizard</name>
    <message>
        <location filename="../ui/importwizard/ImportWizard.cpp" line="34"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportWizard.cpp" line="34"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportWizard.cpp" line="34"/>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportWizard.cpp" line="34"/>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportWizard.cpp" line="34"/>
        <source>Import</source>
        <translation>Importation</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportWizard.cpp" line="37"/>
        <source>Import Data</source>
        <translation>Importer des données</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportWizard.cpp" line="152"/>
        <source>Leave the import?</source>
        <translation>Quitter l&apos;import ?</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportWizard.cpp" line="153"/>
        <source>Close the import wizard? The choices made so far are lost and nothing is imported.</source>
        <translation>Fermer l&apos;assistant d&apos;import ? Les choix faits jusqu&apos;ici sont perdus et rien n&apos;est importé.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportWizard.cpp" line="158"/>
        <source>Leave</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportWizard.cpp" line="159"/>
        <source>Stay</source>
        <translation>Rester</translation>
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
        <translation>Pas de données</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/KpiFormat.cpp" line="98"/>
        <source>%1 pp</source>
        <translation>%1 pt</translation>
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
        <translation>&amp;Pourquoi cette évolution ?</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/KpiTile.cpp" line="87"/>
        <source>%1 over time</source>
        <translation>%1 au fil du temps</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/KpiTile.cpp" line="116"/>
        <source>Explain where the change of %1 came from</source>
        <translation>Expliquer d&apos;où vient l&apos;évolution de %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/KpiTile.cpp" line="125"/>
        <source>Why?</source>
        <translation>Pourquoi ?</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/KpiTile.cpp" line="129"/>
        <source>Where the change came from, and whether it is more than normal variation (Enter on the tile)</source>
        <translation>D&apos;où vient l&apos;évolution, et si elle dépasse la variation normale (Entrée sur la tuile)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/KpiTile.cpp" line="257"/>
        <source>No variation to test</source>
        <translation>Aucune variation à tester</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/KpiTile.cpp" line="259"/>
        <source>Not comparable: a source&apos;s data ends early</source>
        <translation>Non comparable : les données d&apos;une source s&apos;arrêtent tôt</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/KpiTile.cpp" line="263"/>
        <source>No test of normal variation</source>
        <translation>Pas de test de variation normale</translation>
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
        <translation>Pas de données de comparaison</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/KpiTile.cpp" line="360"/>
        <source>Not comparable</source>
        <translation>Non comparable</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/KpiTile.cpp" line="367"/>
        <location filename="../ui/dashboard/KpiTile.cpp" line="434"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/KpiTile.cpp" line="253"/>
        <source>Within normal variation</source>
        <translation>Dans la variation normale</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/KpiTile.cpp" line="255"/>
        <source>Too few days to judge</source>
        <translation>Trop peu de jours pour conclure</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/KpiTile.cpp" line="352"/>
        <source>Too early to tell</source>
        <translation>Trop tôt pour le dire</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/KpiTile.cpp" line="386"/>
        <source>Beyond normal variation</source>
        <translation>Au-delà de la variation normale</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/KpiTile.cpp" line="392"/>
        <source>Kept %1 of %2 customers; %3 reactivated.</source>
        <translation>%1 clients conservés sur %2 ; %3 réactivés.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/KpiTile.cpp" line="416"/>
        <source>%1 % of target %2</source>
        <translation>%1 % de l&apos;objectif %2</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/KpiTile.cpp" line="451"/>
        <source>Target: %1</source>
        <translation>Objectif : %1</translation>
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
        <translation>Système</translation>
    </message>
</context>
<context>
    <name>storelens::ui::LifecycleSettingsDialog</name>
    <message>
        <location filename="../ui/segments/LifecycleSettingsDialog.cpp" line="29"/>
        <location filename="../ui/segments/LifecycleSettingsDialog.cpp" line="30"/>
        <location filename="../ui/segments/LifecycleSettingsDialog.cpp" line="31"/>
        <source> days</source>
        <translation> jours</translation>
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
        <translation>Seuils du cycle de vie et des niveaux de valeur</translation>
    </message>
    <message>
        <location filename="../ui/segments/LifecycleSettingsDialog.cpp" line="40"/>
        <source>New: the first purchase falls within this many days up to the as-of date.</source>
        <translation>Nouveau : le premier achat tombe dans ce nombre de jours jusqu&apos;à la date de référence.</translation>
    </message>
    <message>
        <location filename="../ui/segments/LifecycleSettingsDialog.cpp" line="41"/>
        <source>At risk: no purchase for at least this many days.</source>
        <translation>À risque : aucun achat depuis au moins ce nombre de jours.</translation>
    </message>
    <message>
        <location filename="../ui/segments/LifecycleSettingsDialog.cpp" line="42"/>
        <source>Lapsed: no purchase for at least this many days.</source>
        <translation>Inactif : aucun achat depuis au moins ce nombre de jours.</translation>
    </message>
    <message>
        <location filename="../ui/segments/LifecycleSettingsDialog.cpp" line="43"/>
        <source>High value: historical CLV at or above this percentile.</source>
        <translation>Valeur élevée : CLV historique supérieure ou égale à ce centile.</translation>
    </message>
    <message>
        <location filename="../ui/segments/LifecycleSettingsDialog.cpp" line="44"/>
        <source>Medium value: at or above this percentile and below the high one.</source>
        <translation>Valeur moyenne : supérieure ou égale à ce centile et inférieure au seuil de valeur élevée.</translation>
    </message>
    <message>
        <location filename="../ui/segments/LifecycleSettingsDialog.cpp" line="48"/>
        <source>&amp;New within:</source>
        <translation>&amp;Nouveau pendant :</translation>
    </message>
    <message>
        <location filename="../ui/segments/LifecycleSettingsDialog.cpp" line="49"/>
        <source>&amp;At risk after:</source>
        <translation>À &amp;risque après :</translation>
    </message>
    <message>
        <location filename="../ui/segments/LifecycleSettingsDialog.cpp" line="50"/>
        <source>&amp;Lapsed after:</source>
        <translation>&amp;Inactif après :</translation>
    </message>
    <message>
        <location filename="../ui/segments/LifecycleSettingsDialog.cpp" line="51"/>
        <source>&amp;High value from percentile:</source>
        <translation>Valeur &amp;élevée à partir du centile :</translation>
    </message>
    <message>
        <location filename="../ui/segments/LifecycleSettingsDialog.cpp" line="52"/>
        <source>&amp;Medium value from percentile:</source>
        <translation>Valeur &amp;moyenne à partir du centile :</translation>
    </message>
    <message>
        <location filename="../ui/segments/LifecycleSettingsDialog.cpp" line="55"/>
        <source>Stages are decided in this order: New, Lapsed, At risk, Active.</source>
        <translation>Les étapes sont déterminées dans cet ordre : Nouveau, Inactif, À risque, Actif.</translation>
    </message>
    <message>
        <location filename="../ui/segments/LifecycleSettingsDialog.cpp" line="89"/>
        <source>At risk must come before lapsed: choose fewer days for at risk than for lapsed.</source>
        <translation>« À risque » doit venir avant « Inactif » : choisissez moins de jours pour « À risque » que pour « Inactif ».</translation>
    </message>
    <message>
        <location filename="../ui/segments/LifecycleSettingsDialog.cpp" line="91"/>
        <source>The medium tier must start below the high tier.</source>
        <translation>Le niveau moyen doit commencer en dessous du niveau élevé.</translation>
    </message>
</context>
<context>
    <name>storelens::ui::MainWindow</name>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="109"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/MainWindow.cpp" line="133"/>
        <source>%n file(s) will open in the import wizard once the open import is finished.</source>
        <translation>
            <numerusform>%n fichier s&apos;ouvrira dans l&apos;assistant d&apos;importation une fois l&apos;importation en cours terminée.</numerusform>
            <numerusform>%n fichiers s&apos;ouvriront dans l&apos;assistant d&apos;importation une fois l&apos;importation en cours terminée.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="150"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="152"/>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Nouvel espace de travail…</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="154"/>
        <source>Create an empty workspace file for a business.</source>
        <translation>Créer un fichier d&apos;espace de travail vide pour une entreprise.</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="155"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="157"/>
        <source>Open a workspace file.</source>
        <translation>Ouvrir un fichier d&apos;espace de travail.</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="158"/>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="161"/>
        <source>Open the &amp;Sample Store</source>
        <translation>Ouvrir le magasin d&apos;e&amp;xemple</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="162"/>
        <source>Open a made-up store with three years of sales to explore StoreLens.</source>
        <translation>Ouvrir un magasin fictif avec trois ans de ventes pour découvrir StoreLens.</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="164"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="167"/>
        <source>Import a CSV export of your till, web shop or ERP into this workspace.</source>
        <translation>Importer dans cet espace de travail un export CSV de votre caisse, de votre boutique en ligne ou de votre ERP.</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="168"/>
        <source>Manage Import &amp;Profiles…</source>
        <translation>Gérer les &amp;profils d&apos;importation…</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="169"/>
        <source>Rename or delete the import settings saved in this workspace.</source>
        <translation>Renommer ou supprimer les paramètres d&apos;importation enregistrés dans cet espace de travail.</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="182"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="186"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="192"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="196"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="199"/>
        <source>&amp;About StoreLens</source>
        <translation>À &amp;propos de StoreLens</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="200"/>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="218"/>
        <source>New Workspace</source>
        <translation>Nouvel espace de travail</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="229"/>
        <source>Open Workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="230"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="239"/>
        <source>the sample store</source>
        <translation>le magasin d&apos;exemple</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="258"/>
        <source>An import is already open: finish or cancel it first.</source>
        <translation>Une importation est déjà ouverte : terminez-la ou annulez-la d&apos;abord.</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="266"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="283"/>
        <source>Import Your Data</source>
        <translation>Importer vos données</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="288"/>
        <source>New Workspace for Your Data</source>
        <translation>Nouvel espace de travail pour vos données</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="289"/>
        <source>My store</source>
        <translation>Mon magasin</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="354"/>
        <source>About StoreLens</source>
        <translation>À propos de StoreLens</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="355"/>
        <source>&lt;h3&gt;StoreLens %1&lt;/h3&gt;&lt;p&gt;See how your store is doing: sales, customers who come back, and who to win back. Your data stays on this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;StoreLens %1&lt;/h3&gt;&lt;p&gt;Suivez la marche de votre magasin : ventes, clients qui reviennent et clients à reconquérir. Vos données restent sur cet ordinateur.&lt;/p&gt;</translation>
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
        <translation>%1 ouvert.</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="449"/>
        <source>The workspace changed outside this window (an import from the command line?): the views show its new data.</source>
        <translation>L&apos;espace de travail a changé en dehors de cette fenêtre (un import en ligne de commande ?) : les vues montrent ses nouvelles données.</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="495"/>
        <source>Workspace not opened</source>
        <translation>Espace de travail non ouvert</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="496"/>
        <source>The workspace could not be opened. %1</source>
        <translation>L&apos;espace de travail n&apos;a pas pu être ouvert. %1</translation>
    </message>
</context>
<context>
    <name>storelens::ui::MemberExportDialog</name>
    <message>
        <location filename="../ui/segments/MemberExportDialog.cpp" line="31"/>
        <source>&amp;Include customers without marketing consent</source>
        <translation>&amp;Inclure les clients sans consentement marketing</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberExportDialog.cpp" line="40"/>
        <source>Export Members of %1</source>
        <translation>Exporter les membres de %1</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberExportDialog.cpp" line="43"/>
        <source>Tick the columns to write; drag them to change their order.</source>
        <translation>Cochez les colonnes à exporter ; faites-les glisser pour changer leur ordre.</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberExportDialog.cpp" line="53"/>
        <source>For E&amp;xcel in this language</source>
        <translation>Pour E&amp;xcel dans cette langue</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberExportDialog.cpp" line="56"/>
        <source>Ticked: &quot;;&quot; between columns and decimal commas, as Excel in this language expects. Unticked: &quot;,&quot; and &quot;.&quot; for other programs.</source>
        <translation>Coché : « ; » entre les colonnes et virgules décimales, comme Excel l&apos;attend dans cette langue. Décoché : « , » et « . » pour d&apos;autres programmes.</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberExportDialog.cpp" line="58"/>
        <source>Ticked: a byte order mark first, so Excel reads accented letters. Unticked: plain UTF-8 for other programs.</source>
        <translation>Coché : une marque d&apos;ordre des octets au début, pour qu&apos;Excel lise les lettres accentuées. Décoché : UTF-8 simple pour d&apos;autres programmes.</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberExportDialog.cpp" line="67"/>
        <source>Choose where to save the CSV file</source>
        <translation>Choisissez où enregistrer le fichier CSV</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberExportDialog.cpp" line="68"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberExportDialog.cpp" line="70"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberExportDialog.cpp" line="74"/>
        <source>&amp;Columns:</source>
        <translation>&amp;Colonnes :</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberExportDialog.cpp" line="76"/>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/segments/MemberExportDialog.cpp" line="80"/>
        <source>%Ln customer(s) in the segment.</source>
        <translation>
            <numerusform>%Ln client dans le segment.</numerusform>
            <numerusform>%Ln clients dans le segment.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberExportDialog.cpp" line="199"/>
        <source>Export Members</source>
        <translation>Exporter les membres</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberExportDialog.cpp" line="200"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberExportDialog.cpp" line="211"/>
        <source>Every customer in the segment has agreed to marketing email.</source>
        <translation>Tous les clients du segment ont accepté les e-mails marketing.</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberExportDialog.cpp" line="213"/>
        <source>All %1 customers will be written, %2 of them without marketing consent.</source>
        <translation>Les %1 clients seront exportés, dont %2 sans consentement marketing.</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberExportDialog.cpp" line="217"/>
        <source>None of the %1 customers has agreed to marketing email (or it is unknown), so none will be written. Tick &quot;Include customers without marketing consent&quot; to export them for your own analysis.</source>
        <translation>Aucun des %1 clients n&apos;a accepté les e-mails marketing (ou ce n&apos;est pas connu) : aucun ne sera donc écrit. Cochez « Inclure les clients sans consentement marketing » pour les exporter pour votre propre analyse.</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberExportDialog.cpp" line="222"/>
        <source>%1 of %2 customers have not agreed to marketing email (or it is unknown) and will be left out; %3 will be written.</source>
        <translation>%1 sur %2 clients n&apos;ont pas accepté les e-mails marketing (ou ce n&apos;est pas connu) et seront exclus ; %3 seront exportés.</translation>
    </message>
</context>
<context>
    <name>storelens::ui::MemberListPanel</name>
    <message>
        <location filename="../ui/segments/MemberListPanel.cpp" line="40"/>
        <source>Show in C&amp;ustomers</source>
        <translation>Affic&amp;her dans Clients</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberListPanel.cpp" line="41"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberListPanel.cpp" line="52"/>
        <source>Search by id, name, email or country</source>
        <translation>Rechercher par numéro, nom, e-mail ou pays</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberListPanel.cpp" line="59"/>
        <source>segment members</source>
        <translation>membres du segment</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberListPanel.cpp" line="77"/>
        <source>Double-click a customer to open it in the Customers view.</source>
        <translation>Double-cliquez sur un client pour l&apos;ouvrir dans la vue Clients.</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberListPanel.cpp" line="79"/>
        <source>Open the listed customers in the Customers view.</source>
        <translation>Ouvrir les clients listés dans la vue Clients.</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberListPanel.cpp" line="81"/>
        <source>Write the segment&apos;s customers to a CSV file.</source>
        <translation>Écrire les clients du segment dans un fichier CSV.</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberListPanel.cpp" line="100"/>
        <source>Writing the CSV file…</source>
        <translation>Écriture du fichier CSV…</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberListPanel.cpp" line="116"/>
        <location filename="../ui/segments/MemberListPanel.cpp" line="156"/>
        <source>Pick a segment to list its customers.</source>
        <translation>Choisissez un segment pour lister ses clients.</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberListPanel.cpp" line="123"/>
        <source>Customers in %1</source>
        <translation>Clients du segment « %1 »</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberListPanel.cpp" line="178"/>
        <source>No customer is in this segment within the filters. Pick another segment or clear a filter.</source>
        <translation>Aucun client de ce segment ne correspond aux filtres. Choisissez un autre segment ou supprimez un filtre.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/segments/MemberListPanel.cpp" line="181"/>
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln client</numerusform>
            <numerusform>%Ln clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/segments/MemberListPanel.cpp" line="228"/>
        <source>Wrote %Ln customer(s) to %1; %2 customers without marketing consent were left out.</source>
        <translation>
            <numerusform>%Ln client écrit dans %1 ; %2 clients sans consentement marketing ont été exclus.</numerusform>
            <numerusform>%Ln clients écrits dans %1 ; %2 clients sans consentement marketing ont été exclus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/segments/MemberListPanel.cpp" line="232"/>
        <source>Wrote %Ln customer(s) to %1.</source>
        <translation>
            <numerusform>%Ln client écrit dans %1.</numerusform>
            <numerusform>%Ln clients écrits dans %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/segments/MemberListPanel.cpp" line="237"/>
        <source>Wrote %Ln customer(s); %1 customers without marketing consent were left out.</source>
        <translation>
            <numerusform>%Ln client écrit ; %1 clients sans consentement marketing ont été exclus.</numerusform>
            <numerusform>%Ln clients écrits ; %1 clients sans consentement marketing ont été exclus.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberListPanel.cpp" line="183"/>
        <source>No customer matches &quot;%1&quot;. Clear the search to see all %2.</source>
        <translation>Aucun client ne correspond à « %1 ». Effacez la recherche pour voir les %2.</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberListPanel.cpp" line="187"/>
        <source>%1 of %2 customers match</source>
        <translation>%1 sur %2 clients correspondent</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberListPanel.cpp" line="236"/>
        <source>Export Members</source>
        <translation>Exporter les membres</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/segments/MemberListPanel.cpp" line="241"/>
        <source>Wrote %Ln customer(s).</source>
        <translation>
            <numerusform>%Ln client écrit.</numerusform>
            <numerusform>%Ln clients écrits.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberListPanel.cpp" line="246"/>
        <source>The members could not be exported: %1</source>
        <translation>Les membres n&apos;ont pas pu être exportés : %1</translation>
    </message>
</context>
<context>
    <name>storelens::ui::MemberTableModel</name>
    <message>
        <location filename="../ui/segments/MemberTableModel.cpp" line="24"/>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberTableModel.cpp" line="25"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberTableModel.cpp" line="25"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberTableModel.cpp" line="137"/>
        <location filename="../ui/segments/MemberTableModel.cpp" line="140"/>
        <source>no prices</source>
        <translation>sans prix</translation>
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
        <translation>N° client</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberTableModel.cpp" line="167"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberTableModel.cpp" line="169"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberTableModel.cpp" line="171"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberTableModel.cpp" line="173"/>
        <source>First purchase</source>
        <translation>Premier achat</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberTableModel.cpp" line="175"/>
        <source>Last purchase</source>
        <translation>Dernier achat</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberTableModel.cpp" line="177"/>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberTableModel.cpp" line="179"/>
        <source>Net sales</source>
        <translation>Chiffre d&apos;affaires net</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberTableModel.cpp" line="181"/>
        <source>AOV</source>
        <translation>Panier moyen</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberTableModel.cpp" line="183"/>
        <source>Recency (days)</source>
        <translation>Récence (jours)</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberTableModel.cpp" line="185"/>
        <source>R-F-M</source>
        <translation>R-F-M</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberTableModel.cpp" line="187"/>
        <source>RFM segment</source>
        <translation>Segment RFM</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberTableModel.cpp" line="189"/>
        <source>Lifecycle</source>
        <translation>Cycle de vie</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberTableModel.cpp" line="191"/>
        <source>Value tier</source>
        <translation>Niveau de valeur</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberTableModel.cpp" line="193"/>
        <source>Email consent</source>
        <translation>Consentement e-mail</translation>
    </message>
</context>
<context>
    <name>storelens::ui::MultiSelectButton</name>
    <message>
        <location filename="../ui/dashboard/MultiSelectButton.cpp" line="26"/>
        <source>Select &amp;all</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/MultiSelectButton.cpp" line="27"/>
        <source>Clear the choice: every value is included.</source>
        <translation>Effacer la sélection : toutes les valeurs sont incluses.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/MultiSelectButton.cpp" line="30"/>
        <source>%1 values</source>
        <translation>%1 valeurs</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/MultiSelectButton.cpp" line="132"/>
        <source>%1: All</source>
        <translation>%1 : Tous</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/MultiSelectButton.cpp" line="134"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/MultiSelectButton.cpp" line="136"/>
        <source>%1: %2 of %3</source>
        <translation>%1 : %2 sur %3</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/MultiSelectButton.cpp" line="141"/>
        <source>Everything is included. Click to choose.</source>
        <translation>Tout est inclus. Cliquez pour choisir.</translation>
    </message>
</context>
<context>
    <name>storelens::ui::NetSalesTrendChart</name>
    <message>
        <location filename="../ui/charts/NetSalesTrendChart.cpp" line="30"/>
        <location filename="../ui/charts/NetSalesTrendChart.cpp" line="46"/>
        <source>Net sales over time</source>
        <translation>Chiffre d&apos;affaires net dans le temps</translation>
    </message>
    <message>
        <location filename="../ui/charts/NetSalesTrendChart.cpp" line="78"/>
        <source>%1 (to date)</source>
        <translation>%1 (à ce jour)</translation>
    </message>
    <message>
        <location filename="../ui/charts/NetSalesTrendChart.cpp" line="107"/>
        <source>No data before %1: the line starts there.</source>
        <translation>Pas de données avant %1 : la courbe commence là.</translation>
    </message>
</context>
<context>
    <name>storelens::ui::NewReturningCustomersChart</name>
    <message>
        <location filename="../ui/charts/NewReturningCustomersChart.cpp" line="14"/>
        <location filename="../ui/charts/NewReturningCustomersChart.cpp" line="54"/>
        <source>New and returning customers</source>
        <translation>Nouveaux clients et clients récurrents</translation>
    </message>
    <message>
        <location filename="../ui/charts/NewReturningCustomersChart.cpp" line="31"/>
        <source>No identified customer bought in this period: only sales that name their customer (a customer number or an e-mail address) are counted here.</source>
        <translation>Aucun client identifié n&apos;a acheté sur cette période : seules les ventes qui nomment leur client (un numéro de client ou une adresse e-mail) sont comptées ici.</translation>
    </message>
    <message>
        <location filename="../ui/charts/NewReturningCustomersChart.cpp" line="64"/>
        <source>Returning</source>
        <translation>Récurrents</translation>
    </message>
    <message>
        <location filename="../ui/charts/NewReturningCustomersChart.cpp" line="65"/>
        <source>New</source>
        <translation>Nouveaux</translation>
    </message>
</context>
<context>
    <name>storelens::ui::OrderTimeline</name>
    <message>
        <location filename="../ui/customers/OrderTimeline.cpp" line="21"/>
        <source>Order timeline</source>
        <translation>Historique des commandes</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/customers/OrderTimeline.cpp" line="32"/>
        <source>%Ln order(s) from %1 to %2</source>
        <translation>
            <numerusform>%Ln commande du %1 au %2</numerusform>
            <numerusform>%Ln commandes du %1 au %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/customers/OrderTimeline.cpp" line="44"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../ui/customers/OrderTimeline.cpp" line="44"/>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location filename="../ui/customers/OrderTimeline.cpp" line="44"/>
        <source>Net sales</source>
        <translation>Chiffre d&apos;affaires net</translation>
    </message>
    <message>
        <location filename="../ui/customers/OrderTimeline.cpp" line="137"/>
        <source>Order %1 on %2: net sales %3</source>
        <translation>Commande %1 du %2 : chiffre d&apos;affaires net %3</translation>
    </message>
</context>
<context>
    <name>storelens::ui::OverviewView</name>
    <message>
        <location filename="../ui/dashboard/OverviewView.cpp" line="79"/>
        <source>No workspace is open: open one (File ▸ Open…) or the sample store (File ▸ Open the Sample Store).</source>
        <translation>Aucun espace de travail n&apos;est ouvert : ouvrez-en un (Fichier ▸ Ouvrir…) ou ouvrez le magasin d&apos;exemple (Fichier ▸ Ouvrir le magasin d&apos;exemple).</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/OverviewView.cpp" line="86"/>
        <source>No data yet: import orders (File ▸ Import…) to see the Overview, or open the sample store (File ▸ Open the Sample Store).</source>
        <translation>Pas encore de données : importez des commandes (Fichier ▸ Importer…) pour voir la vue d&apos;ensemble, ou ouvrez le magasin d&apos;exemple (Fichier ▸ Ouvrir le magasin d&apos;exemple).</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/OverviewView.cpp" line="99"/>
        <source>A customer counts as lost after %1 days without buying; the data before this period covers only %2 of those days.</source>
        <translation>Un client est compté comme perdu après %1 jours sans achat ; les données avant cette période ne couvrent que %2 de ces jours.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/OverviewView.cpp" line="180"/>
        <source>Choose &amp;tiles…</source>
        <translation>Choisir les &amp;tuiles…</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/OverviewView.cpp" line="182"/>
        <source>Choose and order the KPI tiles and set targets.</source>
        <translation>Choisir et ordonner les tuiles d&apos;indicateurs et définir des objectifs.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/OverviewView.cpp" line="206"/>
        <source>Net sales by store</source>
        <translation>Chiffre d&apos;affaires net par magasin</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/OverviewView.cpp" line="207"/>
        <source>Net sales by channel</source>
        <translation>Chiffre d&apos;affaires net par canal</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/OverviewView.cpp" line="208"/>
        <source>Net sales by category</source>
        <translation>Chiffre d&apos;affaires net par catégorie</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/OverviewView.cpp" line="211"/>
        <source>Net sales by customer&apos;s country</source>
        <translation>Chiffre d&apos;affaires net par pays du client</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/OverviewView.cpp" line="212"/>
        <source>Top products by net sales</source>
        <translation>Meilleurs produits par chiffre d&apos;affaires net</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/OverviewView.cpp" line="214"/>
        <source>Store</source>
        <translation>Magasin</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/OverviewView.cpp" line="215"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/OverviewView.cpp" line="216"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/OverviewView.cpp" line="217"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/OverviewView.cpp" line="218"/>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/OverviewView.cpp" line="362"/>
        <source>The targets could not be saved: %1</source>
        <translation>Les objectifs n&apos;ont pas pu être enregistrés : %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/OverviewView.cpp" line="508"/>
        <source>The Overview could not be computed: %1</source>
        <translation>La vue d&apos;ensemble n&apos;a pas pu être calculée : %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/OverviewView.cpp" line="547"/>
        <source>Previous period</source>
        <translation>Période précédente</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/OverviewView.cpp" line="549"/>
        <location filename="../ui/dashboard/OverviewView.cpp" line="690"/>
        <source>A year earlier</source>
        <translation>Un an plus tôt</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/OverviewView.cpp" line="601"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/OverviewView.cpp" line="603"/>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/OverviewView.cpp" line="605"/>
        <source>Month</source>
        <translation>Mois</translation>
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
        <translation> (à ce jour)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/OverviewView.cpp" line="677"/>
        <location filename="../ui/dashboard/OverviewView.cpp" line="689"/>
        <source>This period</source>
        <translation>Cette période</translation>
    </message>
</context>
<context>
    <name>storelens::ui::PdfMetadata</name>
    <message>
        <location filename="../ui/report/PdfMetadata.cpp" line="19"/>
        <source>The PDF writer produced a file whose trailer could not be read.</source>
        <translation>Le générateur PDF a produit un fichier dont la fin (trailer) n&apos;a pas pu être lue.</translation>
    </message>
</context>
<context>
    <name>storelens::ui::PredictionsText</name>
    <message>
        <location filename="../ui/predictions/PredictionsText.cpp" line="33"/>
        <source>Why nearly every customer counts as still buying: this purchase history shows no sign yet of customers leaving for good (a long gap since someone&apos;s last purchase is explained just as well by their buying rarely). The Segments view&apos;s “%1” and “%2” are judged by the time since the last purchase alone.</source>
        <translation>Pourquoi presque tous les clients comptent comme achetant encore : cet historique d&apos;achats ne montre encore aucun signe de clients partis pour de bon (un long délai depuis le dernier achat de quelqu&apos;un s&apos;explique tout aussi bien par des achats rares). Dans la vue Segments, « %1 » et « %2 » sont jugés uniquement sur le temps écoulé depuis le dernier achat.</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsText.cpp" line="46"/>
        <source>How far to trust this: there is too little history yet to test the predictions against what really happened.</source>
        <translation>Fiabilité : l&apos;historique est encore trop court pour comparer les prédictions avec ce qui s&apos;est réellement passé.</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsText.cpp" line="57"/>
        <source>about right</source>
        <translation>à peu près justes</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsText.cpp" line="58"/>
        <source>%1 % too high</source>
        <translation>%1 % trop élevées</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsText.cpp" line="59"/>
        <source>%1 % too low</source>
        <translation>%1 % trop basses</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsText.cpp" line="63"/>
        <source>StoreLens predicted the last %1 weeks from the purchases before them</source>
        <translation>StoreLens a prédit les %1 dernières semaines à partir des achats qui les précèdent</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsText.cpp" line="65"/>
        <source>StoreLens predicted %1 to %2 from the purchases before</source>
        <translation>StoreLens a prédit la période du %1 au %2 à partir des achats précédents</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsText.cpp" line="68"/>
        <source>How far to trust this: %1 and expected %2 repeat purchases (purchases after a customer&apos;s first); customers made %3.</source>
        <translation>Fiabilité : %1 et prévoyait %2 achats répétés (achats qui suivent le premier achat d&apos;un client) ; les clients en ont effectué %3.</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsText.cpp" line="72"/>
        <source>How far to trust this: %1 and expected %2 repeat purchases (purchases after a customer&apos;s first); customers made %3, so the predictions were %4.</source>
        <translation>Fiabilité : %1 et prévoyait %2 achats répétés (achats qui suivent le premier achat d&apos;un client) ; les clients en ont effectué %3 : les prédictions étaient donc %4.</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsText.cpp" line="96"/>
        <source>Probably still customers: %1 of your %2 customers (for each, a 50 % chance or more that they still buy from you).</source>
        <translation>Probablement encore clients : %1 de vos %2 clients (pour chacun, au moins 50 % de chances qu&apos;il achète encore chez vous).</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsText.cpp" line="100"/>
        <source>Purchases expected from them: %1 in the next quarter (13 weeks), %2 in the next year (52 weeks).</source>
        <translation>Achats attendus de leur part : %1 au prochain trimestre (13 semaines), %2 dans l&apos;année à venir (52 semaines).</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsText.cpp" line="105"/>
        <source>Expected spend in the next %1 months: %2 in total, %3 per customer on average (their predicted lifetime value).</source>
        <translation>Dépense attendue dans les %1 prochains mois : %2 au total, %3 par client en moyenne (leur valeur vie client prédite).</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsText.cpp" line="111"/>
        <source>Expected spend: not predicted. %1</source>
        <translation>Dépense attendue : non prédite. %1</translation>
    </message>
</context>
<context>
    <name>storelens::ui::PredictionsView</name>
    <message>
        <location filename="../ui/predictions/PredictionsView.cpp" line="46"/>
        <source>&amp;Check against what happened</source>
        <translation>&amp;Confronter à la réalité</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsView.cpp" line="47"/>
        <source>Predict from &amp;all purchases again</source>
        <translation>Prédire de nouveau à partir de &amp;tous les achats</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsView.cpp" line="51"/>
        <source>How much customers are expected to spend</source>
        <translation>Combien les clients devraient dépenser</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsView.cpp" line="55"/>
        <source>Check: expected and actual repeat purchases</source>
        <translation>Vérification : achats répétés attendus et réels</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsView.cpp" line="70"/>
        <source>The predictions are made from the purchases before this day only, then set against what the customers really bought from this day on.</source>
        <translation>Les prédictions sont établies uniquement à partir des achats antérieurs à ce jour, puis comparées à ce que les clients ont réellement acheté à partir de ce jour.</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsView.cpp" line="78"/>
        <source>Check the predictions &amp;from:</source>
        <translation>Vérifier les prédictions à &amp;partir du :</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsView.cpp" line="98"/>
        <source>To see how far to trust the predictions, pick a day above and choose Check against what happened: the predictions are then made from the purchases before that day only, and the repeat purchases they expect after it are set against the ones the customers really made, grouped by how often they had bought before.</source>
        <translation>Pour savoir quelle confiance accorder aux prédictions, choisissez un jour ci-dessus puis Confronter à la réalité : les prédictions sont alors établies uniquement à partir des achats antérieurs à ce jour, et les achats répétés qu&apos;elles prévoient ensuite sont comparés à ceux que les clients ont réellement effectués, regroupés selon le nombre d&apos;achats qu&apos;ils avaient faits auparavant.</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsView.cpp" line="112"/>
        <source>Parameter</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsView.cpp" line="112"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsView.cpp" line="112"/>
        <source>Meaning</source>
        <translation>Signification</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsView.cpp" line="115"/>
        <source>model parameters</source>
        <translation>paramètres du modèle</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsView.cpp" line="122"/>
        <source>Model parameters and their meaning</source>
        <translation>Paramètres du modèle et leur signification</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsView.cpp" line="130"/>
        <source>&amp;Model details</source>
        <translation>Détails du &amp;modèle</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsView.cpp" line="135"/>
        <source>The statistical models behind the predictions, their fitted parameters and how well they fit.</source>
        <translation>Les modèles statistiques derrière les prédictions, leurs paramètres ajustés et la qualité de leur ajustement.</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsView.cpp" line="182"/>
        <location filename="../ui/predictions/PredictionsView.cpp" line="230"/>
        <source>Open a workspace to see predicted customer lifetime value: import orders or open the sample store from the File menu.</source>
        <translation>Ouvrez un espace de travail pour voir la valeur vie client prédite : importez des commandes ou ouvrez le magasin d&apos;exemple depuis le menu Fichier.</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsView.cpp" line="245"/>
        <source>The predictions could not be computed: %1</source>
        <translation>Les prédictions n&apos;ont pas pu être calculées : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/predictions/PredictionsView.cpp" line="286"/>
        <source>Predictions need at least %n customers within the filters, so there is nothing to check.</source>
        <translation>
            <numerusform>Les prédictions nécessitent au moins %n client dans les filtres : il n&apos;y a donc rien à vérifier.</numerusform>
            <numerusform>Les prédictions nécessitent au moins %n clients dans les filtres : il n&apos;y a donc rien à vérifier.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsView.cpp" line="289"/>
        <source>There are no predictions to check: the message below says why.</source>
        <translation>Il n&apos;y a pas de prévisions à vérifier : le message ci-dessous explique pourquoi.</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsView.cpp" line="313"/>
        <source>No data yet: import orders with customer ids to see predicted lifetime value.</source>
        <translation>Pas encore de données : importez des commandes avec numéros de client pour voir la valeur vie client prédite.</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsView.cpp" line="363"/>
        <location filename="../ui/predictions/PredictionsView.cpp" line="368"/>
        <source>Customers by what they are expected to spend in the next %1 months</source>
        <translation>Clients selon ce qu&apos;ils devraient dépenser sur les %1 prochains mois</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsView.cpp" line="364"/>
        <source>Not predicted: the spend model gave no average spend (see the summary above).</source>
        <translation>Non prédit : le modèle de dépense n&apos;a donné aucune dépense moyenne (voir le résumé ci-dessus).</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsView.cpp" line="385"/>
        <source>not used (%1)</source>
        <translation>non utilisé (%1)</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsView.cpp" line="430"/>
        <source>%1 to %2: %3 repeat purchases expected, %4 made</source>
        <translation>Du %1 au %2 : %3 achats répétés attendus, %4 réalisés</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsView.cpp" line="378"/>
        <source>Purchase model (%1)</source>
        <translation>Modèle d’achat (%1)</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsView.cpp" line="325"/>
        <source>The date range does not apply here: these predictions use every purchase up to %1 (within the filters).</source>
        <translation>La plage de dates ne s&apos;applique pas ici : ces prédictions utilisent tous les achats jusqu&apos;au %1 (dans les filtres).</translation>
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
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsView.cpp" line="369"/>
        <source>Expected spend per customer (predicted lifetime value)</source>
        <translation>Dépense attendue par client (valeur vie client prédite)</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsView.cpp" line="380"/>
        <source>%1
%2: %3
Spend model (Gamma-Gamma): %4</source>
        <translation>%1
%2 : %3
Modèle de dépense (Gamma-Gamma) : %4</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsView.cpp" line="398"/>
        <source>Spend model (Gamma-Gamma)</source>
        <translation>Modèle de dépense (Gamma-Gamma)</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsView.cpp" line="434"/>
        <source>Repeat purchases before %1</source>
        <translation>Achats répétés avant le %1</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsView.cpp" line="435"/>
        <source>Repeat purchases per customer from %1</source>
        <translation>Achats répétés par client à partir du %1</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsView.cpp" line="436"/>
        <source>Actual</source>
        <translation>Réel</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsView.cpp" line="436"/>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
</context>
<context>
    <name>storelens::ui::PreferencesDialog</name>
    <message>
        <location filename="../ui/common/PreferencesDialog.cpp" line="20"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../ui/common/PreferencesDialog.cpp" line="30"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location filename="../ui/common/PreferencesDialog.cpp" line="51"/>
        <source>The language of the windows, numbers, dates and the PDF report changes when StoreLens is started again.</source>
        <translation>La langue des fenêtres, des nombres, des dates et du rapport PDF change au prochain démarrage de StoreLens.</translation>
    </message>
    <message>
        <location filename="../ui/common/PreferencesDialog.cpp" line="56"/>
        <source>The windows, numbers, dates and the PDF report use this language.</source>
        <translation>Les fenêtres, les nombres, les dates et le rapport PDF utilisent cette langue.</translation>
    </message>
    <message>
        <location filename="../ui/common/PreferencesDialog.cpp" line="68"/>
        <source>StoreLens has no translation into %1, the system&apos;s language: its words are English; numbers and dates are written as in %2.</source>
        <translation>StoreLens n&apos;a pas de traduction en %1, la langue du système : ses textes sont en anglais ; les nombres et les dates s&apos;écrivent comme en %2.</translation>
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
        <translation>&amp;Renommer</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ProfilesDialog.cpp" line="39"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ProfilesDialog.cpp" line="42"/>
        <source>Import Profiles</source>
        <translation>Profils d&apos;importation</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ProfilesDialog.cpp" line="45"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ProfilesDialog.cpp" line="45"/>
        <source>Holds</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ProfilesDialog.cpp" line="45"/>
        <source>Columns used</source>
        <translation>Colonnes utilisées</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ProfilesDialog.cpp" line="60"/>
        <source>Saved import settings are offered again when a file with the same columns is imported. Double-click a name to rename it.</source>
        <translation>Les paramètres d&apos;importation enregistrés sont proposés à nouveau lorsqu&apos;un fichier avec les mêmes colonnes est importé. Double-cliquez sur un nom pour le renommer.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ProfilesDialog.cpp" line="78"/>
        <source>Delete Import Profile</source>
        <translation>Supprimer le profil d&apos;importation</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ProfilesDialog.cpp" line="79"/>
        <source>Delete the import profile &quot;%1&quot;? Data imported with it stays in the workspace.</source>
        <translation>Supprimer le profil d&apos;importation « %1 » ? Les données importées avec lui restent dans l&apos;espace de travail.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ProfilesDialog.cpp" line="181"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ProfilesDialog.cpp" line="192"/>
        <source>No import profiles yet. The import wizard offers to save one after an import.</source>
        <translation>Aucun profil d&apos;importation pour l&apos;instant. L&apos;assistant d&apos;importation propose d&apos;en enregistrer un après une importation.</translation>
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
        <translation>Aucun espace de travail récent</translation>
    </message>
    <message>
        <location filename="../ui/shell/RecentFiles.cpp" line="106"/>
        <source>Clear Recent Workspaces</source>
        <translation>Effacer les espaces de travail récents</translation>
    </message>
</context>
<context>
    <name>storelens::ui::RejectionModel</name>
    <message>
        <location filename="../ui/importwizard/RejectionModel.cpp" line="43"/>
        <source>(whole row)</source>
        <translation>(ligne entière)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/RejectionModel.cpp" line="61"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/RejectionModel.cpp" line="63"/>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/RejectionModel.cpp" line="65"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/RejectionModel.cpp" line="67"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>storelens::ui::ReportAppendix</name>
    <message>
        <location filename="../ui/report/ReportAppendix.cpp" line="25"/>
        <location filename="../ui/report/ReportAppendix.cpp" line="124"/>
        <source>Definition</source>
        <translation>Définition</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportAppendix.cpp" line="31"/>
        <source>Figure</source>
        <translation>Chiffre</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportAppendix.cpp" line="34"/>
        <source>Comparison</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportAppendix.cpp" line="35"/>
        <source>The previous period is the period of the same length ending the day before the report&apos;s period; a weekly, monthly or quarterly report compares with the calendar week, month or quarter before and with the same one a year earlier (weeks: 52 weeks earlier).</source>
        <translation>La période précédente est la période de même durée se terminant la veille de la période du rapport ; un rapport hebdomadaire, mensuel ou trimestriel est comparé à la semaine, au mois ou au trimestre calendaire précédent et au même un an plus tôt (semaines : 52 semaines plus tôt).</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportAppendix.cpp" line="40"/>
        <source>Change, change %</source>
        <translation>Évolution, évolution %</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportAppendix.cpp" line="41"/>
        <source>Change = value − comparison; change % = (value − comparison) ÷ |comparison|, no data when the comparison is 0. Ratios change in percentage points (pp).</source>
        <translation>Évolution = valeur − comparaison ; évolution % = (valeur − comparaison) ÷ |comparaison|, pas de données quand la comparaison vaut 0. Les ratios évoluent en points de pourcentage (pt).</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportAppendix.cpp" line="45"/>
        <source>Target</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportAppendix.cpp" line="46"/>
        <source>The target saved for the KPI in this workspace; met when the value is at or beyond it in the KPI&apos;s good direction.</source>
        <translation>L&apos;objectif enregistré pour l&apos;indicateur dans cet espace de travail ; il est atteint quand la valeur l&apos;égale ou le dépasse dans le sens favorable de l&apos;indicateur.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportAppendix.cpp" line="51"/>
        <source>Trend charts</source>
        <translation>Graphiques d&apos;évolution</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportAppendix.cpp" line="52"/>
        <source>Each point is the KPI computed over the days of one bucket exactly as over the whole period.</source>
        <translation>Chaque point est l&apos;indicateur calculé sur les jours d&apos;un intervalle, exactement comme sur toute la période.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportAppendix.cpp" line="56"/>
        <source>Top products, categories, stores, channels</source>
        <translation>Meilleurs produits, catégories, magasins, canaux</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportAppendix.cpp" line="57"/>
        <source>Net sales of the period&apos;s lines (returns included), their share of the period&apos;s net sales, orders with a sale line of the product or group, and units sold on sale lines.</source>
        <translation>Chiffre d&apos;affaires net des lignes de la période (retours compris), sa part du chiffre d&apos;affaires net de la période, les commandes ayant une ligne de vente du produit ou du groupe, et les articles vendus sur les lignes de vente.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportAppendix.cpp" line="62"/>
        <source>Cohort retention</source>
        <translation>Rétention des cohortes</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportAppendix.cpp" line="63"/>
        <source>A customer&apos;s cohort is the week (Monday start), month or quarter of their first sale line. Retention at age k = customers of the cohort with a sale line in period cohort + k ÷ cohort size (age 0 is 100 %). A cell whose period ends after the as-of date is partial.</source>
        <translation>La cohorte d&apos;un client est la semaine (commençant le lundi), le mois ou le trimestre de sa première ligne de vente. Rétention à l&apos;âge k = clients de la cohorte ayant une ligne de vente dans la période cohorte + k ÷ taille de la cohorte (l&apos;âge 0 vaut 100 %). Une cellule dont la période se termine après la date de référence est partielle.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportAppendix.cpp" line="69"/>
        <source>RFM scores</source>
        <translation>Scores RFM</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportAppendix.cpp" line="70"/>
        <source>Recency = days from the last sale line to the day after the as-of date; frequency = distinct orders with sale lines; monetary = net sales up to the as-of date. Each is scored 1–5 by tie-aware percentile; recency is scored so the most recent score 5. FM = (F + M) ÷ 2 rounded half up.</source>
        <translation>Récence = jours entre la dernière ligne de vente et le lendemain de la date de référence ; fréquence = commandes distinctes avec lignes de vente ; montant = chiffre d&apos;affaires net jusqu&apos;à la date de référence. Chacun reçoit un score de 1 à 5 par centile, en tenant compte des ex aequo ; la récence est notée de sorte que les plus récents obtiennent 5. FM = (F + M) ÷ 2 arrondi à l&apos;unité supérieure à partir de 0,5.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportAppendix.cpp" line="76"/>
        <source>RFM segments</source>
        <translation>Segments RFM</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportAppendix.cpp" line="77"/>
        <source>Named by recency score R and FM score with the workspace&apos;s segment grid (the RFM grid above).</source>
        <translation>Nommé d&apos;après le score de récence R et le score FM, selon la grille de segments de l&apos;espace de travail (la grille RFM ci-dessus).</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportAppendix.cpp" line="80"/>
        <source>Lifecycle stages</source>
        <translation>Étapes du cycle de vie</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportAppendix.cpp" line="81"/>
        <source>New: first purchase within the last 30 days; Lapsed: no purchase in the last 180 days; At risk: no purchase in the last 90 days; Active: everyone else. Evaluated in that order, with the workspace&apos;s thresholds.</source>
        <translation>Nouveau : premier achat au cours des 30 derniers jours ; Inactif : aucun achat au cours des 180 derniers jours ; À risque : aucun achat au cours des 90 derniers jours ; Actif : tous les autres. Évalués dans cet ordre, avec les seuils de l&apos;espace de travail.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportAppendix.cpp" line="86"/>
        <source>Value tiers</source>
        <translation>Niveaux de valeur</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportAppendix.cpp" line="87"/>
        <source>By historical CLV percentile: High at 80 % or more, Medium from 50 % to under 80 %, Low the rest.</source>
        <translation>Par centile de CLV historique : Élevée à partir de 80 %, Moyenne de 50 % à moins de 80 %, Faible pour le reste.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportAppendix.cpp" line="90"/>
        <source>Segment figures</source>
        <translation>Chiffres des segments</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportAppendix.cpp" line="91"/>
        <source>Share of customers and of net sales of the whole customer base; average order value = (G − D) ÷ orders; orders per customer; median recency in days.</source>
        <translation>Part des clients et du chiffre d&apos;affaires net de toute la clientèle ; panier moyen = (B − R) ÷ commandes ; commandes par client ; récence médiane en jours.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportAppendix.cpp" line="97"/>
        <source>Predicted CLV</source>
        <translation>CLV prédite</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportAppendix.cpp" line="98"/>
        <source>BG/NBD (Fader, Hardie &amp; Lee 2005) and Gamma-Gamma models fitted to every identified customer&apos;s purchase days; CLV over 12 months discounted monthly at 10 % a year. No prediction for fewer than 200 customers, under 90 days of history, no repeat buyers or a fit that does not converge.</source>
        <translation>Modèles BG/NBD (Fader, Hardie &amp; Lee 2005) et Gamma-Gamma ajustés aux jours d&apos;achat de chaque client identifié ; CLV sur 12 mois, actualisée mensuellement à 10 % par an. Aucune prédiction pour moins de 200 clients, moins de 90 jours d&apos;historique, aucun client ayant racheté ou un ajustement qui ne converge pas.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportAppendix.cpp" line="104"/>
        <source>Other figures</source>
        <translation>Autres chiffres</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportAppendix.cpp" line="115"/>
        <source>Every figure follows StoreLens&apos; metric definitions. Money is exact and rounded to two places only for display; ratios are shown as percentages. Filters select order lines before anything is computed.</source>
        <translation>Chaque chiffre suit les définitions d&apos;indicateurs de StoreLens. Les montants sont exacts et arrondis à deux décimales uniquement pour l&apos;affichage ; les ratios sont affichés en pourcentage. Les filtres sélectionnent les lignes de commande avant tout calcul.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportAppendix.cpp" line="120"/>
        <source>KPIs</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportAppendix.cpp" line="123"/>
        <location filename="../ui/report/ReportAppendix.cpp" line="130"/>
        <source>KPI</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportAppendix.cpp" line="125"/>
        <source>Formula</source>
        <translation>Formule</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportAppendix.cpp" line="137"/>
        <source>KPIs without data, and why</source>
        <translation>Indicateurs sans données, et pourquoi</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportAppendix.cpp" line="143"/>
        <source>Abbreviations</source>
        <translation>Abréviations</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportAppendix.cpp" line="144"/>
        <source>Abbreviation</source>
        <translation>Abréviation</translation>
    </message>
</context>
<context>
    <name>storelens::ui::ReportController</name>
    <message>
        <location filename="../ui/report/ReportController.cpp" line="28"/>
        <source>&amp;Export Report…</source>
        <translation>&amp;Exporter le rapport…</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportController.cpp" line="31"/>
        <source>Write a PDF report of the open workspace for the owner.</source>
        <translation>Écrire un rapport PDF de l&apos;espace de travail ouvert pour le propriétaire.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportController.cpp" line="75"/>
        <source>Writing the report…</source>
        <translation>Écriture du rapport…</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportController.cpp" line="86"/>
        <location filename="../ui/report/ReportController.cpp" line="96"/>
        <location filename="../ui/report/ReportController.cpp" line="162"/>
        <source>Export Report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/report/ReportController.cpp" line="87"/>
        <source>The report was written: %Ln page(s).</source>
        <translation>
            <numerusform>Le rapport a été écrit : %Ln page.</numerusform>
            <numerusform>Le rapport a été écrit : %Ln pages.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/report/ReportController.cpp" line="110"/>
        <source>Preparing the preview…</source>
        <translation>Préparation de l&apos;aperçu…</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportController.cpp" line="135"/>
        <source>Report Preview</source>
        <translation>Aperçu du rapport</translation>
    </message>
</context>
<context>
    <name>storelens::ui::ReportDialog</name>
    <message>
        <location filename="../ui/report/ReportDialog.cpp" line="41"/>
        <location filename="../ui/report/ReportDialog.cpp" line="155"/>
        <source>Export Report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportDialog.cpp" line="46"/>
        <source>Current filters (the dashboard&apos;s period and comparison)</source>
        <translation>Filtres actuels (période et comparaison du tableau de bord)</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportDialog.cpp" line="47"/>
        <source>Weekly: last complete week</source>
        <translation>Hebdomadaire : dernière semaine complète</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportDialog.cpp" line="48"/>
        <source>Monthly: last complete month</source>
        <translation>Mensuel : dernier mois complet</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportDialog.cpp" line="49"/>
        <source>Quarterly: last complete quarter</source>
        <translation>Trimestriel : dernier trimestre complet</translation>
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
        <translation>Portrait</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportDialog.cpp" line="58"/>
        <source>Landscape</source>
        <translation>Paysage</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportDialog.cpp" line="60"/>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportDialog.cpp" line="75"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportDialog.cpp" line="80"/>
        <source>&amp;Open the report when it is done</source>
        <translation>Ouvrir le rapport une fois &amp;terminé</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportDialog.cpp" line="85"/>
        <source>&amp;Period:</source>
        <translation>Péri&amp;ode :</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportDialog.cpp" line="86"/>
        <source>Paper &amp;size:</source>
        <translation>For&amp;mat du papier :</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportDialog.cpp" line="87"/>
        <source>&amp;Orientation:</source>
        <translation>O&amp;rientation :</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportDialog.cpp" line="88"/>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportDialog.cpp" line="94"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportDialog.cpp" line="95"/>
        <source>Pre&amp;view…</source>
        <translation>&amp;Aperçu…</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportDialog.cpp" line="109"/>
        <location filename="../ui/report/ReportDialog.cpp" line="186"/>
        <source>%1 report.pdf</source>
        <translation>Rapport %1.pdf</translation>
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
        <translation>Documents PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>storelens::ui::ReportDocument</name>
    <message>
        <location filename="../ui/report/ReportDocument.cpp" line="81"/>
        <source>StoreLens report: %1</source>
        <translation>Rapport StoreLens : %1</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportDocument.cpp" line="93"/>
        <source>Generated %1</source>
        <translation>Généré le %1</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportDocument.cpp" line="97"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
</context>
<context>
    <name>storelens::ui::ReportExplainSection</name>
    <message>
        <location filename="../ui/report/ReportExplainSection.cpp" line="45"/>
        <source>There is no change to explain: %1</source>
        <translation>Il n&apos;y a pas d&apos;évolution à expliquer : %1</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExplainSection.cpp" line="61"/>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExplainSection.cpp" line="62"/>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExplainSection.cpp" line="63"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExplainSection.cpp" line="64"/>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExplainSection.cpp" line="65"/>
        <source>Part of the change</source>
        <translation>Part de l&apos;évolution</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExplainSection.cpp" line="84"/>
        <source>For a ratio each member&apos;s part is its mix effect (its share moved) plus its rate effect (its own value moved); the parts of a dimension add up to the change.</source>
        <translation>Pour un ratio, la part de chaque membre est son effet de mix (sa part a bougé) plus son effet de taux (sa propre valeur a bougé) ; les parts d&apos;une dimension s&apos;additionnent pour donner l&apos;évolution.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExplainSection.cpp" line="88"/>
        <source>The parts of a dimension add up to the change.</source>
        <translation>Les parts d&apos;une dimension s&apos;additionnent pour donner l&apos;évolution.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExplainSection.cpp" line="157"/>
        <source>What changed</source>
        <translation>Ce qui a changé</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExplainSection.cpp" line="160"/>
        <source>%1 against %2. Net sales, then the figures that moved most beyond normal variation, split into parts that add up to the change.</source>
        <translation>Période : %1 ; comparaison : %2. Le chiffre d&apos;affaires net, puis les chiffres qui ont le plus dépassé la variation normale, décomposés en parts qui s&apos;additionnent pour donner l&apos;évolution.</translation>
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
            <numerusform>Du %1 au %2 (%Ln jour)</numerusform>
            <numerusform>Du %1 au %2 (%Ln jours)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/report/ReportFormat.cpp" line="64"/>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportFormat.cpp" line="71"/>
        <source>None (all order lines)</source>
        <translation>Aucun (toutes les lignes de commande)</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportFormat.cpp" line="75"/>
        <source>Stores: %1</source>
        <translation>Magasins : %1</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportFormat.cpp" line="78"/>
        <source>Channels: %1</source>
        <translation>Canaux : %1</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportFormat.cpp" line="84"/>
        <source>Countries: %1</source>
        <translation>Pays : %1</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportFormat.cpp" line="87"/>
        <source>Categories: %1</source>
        <translation>Catégories : %1</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportFormat.cpp" line="89"/>
        <source>Segment: %1</source>
        <translation>Segment : %1</translation>
    </message>
</context>
<context>
    <name>storelens::ui::ReportOptions</name>
    <message>
        <location filename="../ui/report/ReportOptions.cpp" line="18"/>
        <source>Key figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportOptions.cpp" line="19"/>
        <source>Trends</source>
        <translation>Évolutions</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportOptions.cpp" line="20"/>
        <source>Cohorts</source>
        <translation>Cohortes</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportOptions.cpp" line="22"/>
        <source>Customer segments</source>
        <translation>Segments de clients</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportOptions.cpp" line="24"/>
        <source>Top products and categories</source>
        <translation>Meilleurs produits et catégories</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportOptions.cpp" line="26"/>
        <source>Predicted customer lifetime value</source>
        <translation>Valeur vie client prédite</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportOptions.cpp" line="28"/>
        <source>Appendix: definitions</source>
        <translation>Annexe : définitions</translation>
    </message>
</context>
<context>
    <name>storelens::ui::ReportRfmGridBlock</name>
    <message>
        <location filename="../ui/report/ReportRfmGridBlock.cpp" line="74"/>
        <source>Frequency–monetary score (FM)</source>
        <translation>Score fréquence–montant (FM)</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportRfmGridBlock.cpp" line="78"/>
        <source>Recency score (R)</source>
        <translation>Score de récence (R)</translation>
    </message>
</context>
<context>
    <name>storelens::ui::ReportSections</name>
    <message>
        <location filename="../ui/report/ReportCustomerSections.cpp" line="36"/>
        <source>weeks</source>
        <translation>semaines</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportCustomerSections.cpp" line="38"/>
        <source>quarters</source>
        <translation>trimestres</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportCustomerSections.cpp" line="40"/>
        <source>months</source>
        <translation>mois</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportCustomerSections.cpp" line="50"/>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportCustomerSections.cpp" line="51"/>
        <source>Share of customers</source>
        <translation>Part des clients</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportCustomerSections.cpp" line="52"/>
        <location filename="../ui/report/ReportSalesSections.cpp" line="191"/>
        <source>Share of net sales</source>
        <translation>Part du chiffre d&apos;affaires net</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportCustomerSections.cpp" line="53"/>
        <location filename="../ui/report/ReportSalesSections.cpp" line="190"/>
        <source>Net sales</source>
        <translation>Chiffre d&apos;affaires net</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportCustomerSections.cpp" line="54"/>
        <source>Average order value</source>
        <translation>Panier moyen</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportCustomerSections.cpp" line="55"/>
        <source>Orders per customer</source>
        <translation>Commandes par client</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportCustomerSections.cpp" line="56"/>
        <source>Median recency (days)</source>
        <translation>Récence médiane (jours)</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportCustomerSections.cpp" line="61"/>
        <location filename="../ui/report/ReportCustomerSections.cpp" line="205"/>
        <source>no prices imported</source>
        <translation>aucun prix importé</translation>
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
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportCustomerSections.cpp" line="126"/>
        <source>No customer made a first purchase in %1.</source>
        <translation>Aucun client n&apos;a fait de premier achat sur la période %1.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportCustomerSections.cpp" line="131"/>
        <source>Customer retention: the share of each cohort&apos;s customers who bought in each of the %1 after their first purchase (0 is the first). Cohorts whose first purchase falls in %2.</source>
        <translation>Rétention client : la part des clients de chaque cohorte qui ont acheté au cours de chaque période suivant leur premier achat (en %1 ; 0 est la première). Cohortes dont le premier achat tombe dans la période %2.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportCustomerSections.cpp" line="165"/>
        <source>%1 to %2 %3 after the first purchase</source>
        <translation>de %1 à %2 %3 après le premier achat</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportCustomerSections.cpp" line="176"/>
        <source>To date: the period is still running</source>
        <translation>À ce jour : la période est toujours en cours</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportCustomerSections.cpp" line="177"/>
        <source>Blank: not reached yet</source>
        <translation>Vide : pas encore atteinte</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportCustomerSections.cpp" line="179"/>
        <source>Shading runs from 0 to the highest retention after the first period (%1); darker means more customers came back.</source>
        <translation>L&apos;intensité va de 0 à la rétention la plus élevée après la première période (%1) ; plus c&apos;est foncé, plus les clients sont revenus.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/report/ReportCustomerSections.cpp" line="201"/>
        <source>%Ln customer(s) bought within the filters up to the as-of date (net sales %1). Segments describe the customer base as of that day; the report&apos;s period does not restrict them.</source>
        <translation>
            <numerusform>%Ln client a acheté dans les filtres jusqu&apos;à la date de référence (chiffre d&apos;affaires net %1). Les segments décrivent la clientèle à cette date ; la période du rapport ne les limite pas.</numerusform>
            <numerusform>%Ln clients ont acheté dans les filtres jusqu&apos;à la date de référence (chiffre d&apos;affaires net %1). Les segments décrivent la clientèle à cette date ; la période du rapport ne les limite pas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/report/ReportCustomerSections.cpp" line="209"/>
        <source>%Ln customer(s) bought only lines imported without prices: their net sales are unknown and not in the figures below.</source>
        <translation>
            <numerusform>%Ln client n&apos;a acheté que des lignes importées sans prix : son chiffre d&apos;affaires net est inconnu et ne figure pas dans les chiffres ci-dessous.</numerusform>
            <numerusform>%Ln clients n&apos;ont acheté que des lignes importées sans prix : leur chiffre d&apos;affaires net est inconnu et ne figure pas dans les chiffres ci-dessous.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/report/ReportCustomerSections.cpp" line="233"/>
        <source>The report&apos;s period does not apply here: these predictions use every purchase up to %1 within the filters.</source>
        <translation>La période du rapport ne s&apos;applique pas ici : ces prédictions utilisent tous les achats jusqu&apos;au %1 dans les filtres.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportCustomerSections.cpp" line="238"/>
        <source>Model details</source>
        <translation>Détails du modèle</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportCustomerSections.cpp" line="248"/>
        <source>Parameter</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportCustomerSections.cpp" line="250"/>
        <source>Meaning</source>
        <translation>Signification</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportCustomerSections.cpp" line="256"/>
        <source>Purchase model (%1): %2 Spend model (Gamma-Gamma): %3</source>
        <translation>Modèle d&apos;achat (%1) : %2 Modèle de dépense (Gamma-Gamma) : %3</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportCustomerSections.cpp" line="261"/>
        <source>not used (%1)</source>
        <translation>non utilisé (%1)</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportCustomerSections.cpp" line="212"/>
        <source>RFM segments</source>
        <translation>Segments RFM</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportCustomerSections.cpp" line="213"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportCustomerSections.cpp" line="214"/>
        <source>RFM grid: customers by recency and frequency–monetary score</source>
        <translation>Grille RFM : clients par score de récence et score fréquence–montant</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportCustomerSections.cpp" line="217"/>
        <source>Lifecycle stages</source>
        <translation>Étapes du cycle de vie</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportCustomerSections.cpp" line="218"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportCustomerSections.cpp" line="219"/>
        <source>Value tiers</source>
        <translation>Niveaux de valeur</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportCustomerSections.cpp" line="220"/>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportCustomerSections.cpp" line="229"/>
        <source>No prediction: %1</source>
        <translation>Aucune prédiction : %1</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportCustomerSections.cpp" line="249"/>
        <location filename="../ui/report/ReportSalesSections.cpp" line="236"/>
        <location filename="../ui/report/ReportSalesSections.cpp" line="374"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="37"/>
        <location filename="../ui/report/ReportSalesSections.cpp" line="447"/>
        <location filename="../ui/report/ReportSalesSections.cpp" line="522"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="78"/>
        <source>n/a</source>
        <comment>not comparable: a table cell&apos;s short form</comment>
        <translation>n. c.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="144"/>
        <source>%1 (met)</source>
        <translation>%1 (atteint)</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="145"/>
        <source>%1 (missed)</source>
        <translation>%1 (manqué)</translation>
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
        <translation>Aucune vente sur la période.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="188"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="192"/>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="193"/>
        <source>Units</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="235"/>
        <source>At a glance</source>
        <translation>En bref</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="379"/>
        <source>Change %</source>
        <translation>Évolution %</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="270"/>
        <source>Store report</source>
        <translation>Rapport du magasin</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="288"/>
        <source>%1, the last complete %2</source>
        <translation>%1, dernière période complète (%2)</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="290"/>
        <source>week</source>
        <translation>semaine</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="292"/>
        <location filename="../ui/report/ReportSalesSections.cpp" line="534"/>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="293"/>
        <source>quarter</source>
        <translation>trimestre</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="294"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="298"/>
        <source>Compared with</source>
        <translation>Comparé à</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="299"/>
        <source>No comparison</source>
        <translation>Aucune comparaison</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="302"/>
        <source>Filters in force</source>
        <translation>Filtres appliqués</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="305"/>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="306"/>
        <source>%1 to %2 (the as-of date: the last day with data)</source>
        <translation>du %1 au %2 (date de référence, soit le dernier jour avec des données)</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="309"/>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="311"/>
        <source>Generated</source>
        <translation>Généré le</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="313"/>
        <source>Prepared by</source>
        <translation>Préparé par</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="321"/>
        <source>Note: %1</source>
        <translation>Remarque : %1</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="325"/>
        <source>Note (%1): %2</source>
        <translation>Remarque (%1) : %2</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="338"/>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="345"/>
        <source>No data</source>
        <translation>Pas de données</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="366"/>
        <source>A rate&apos;s change is in percentage points (pp).</source>
        <translation>La variation d’un taux est en points de pourcentage (pt).</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="373"/>
        <source>KPI</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="239"/>
        <location filename="../ui/report/ReportSalesSections.cpp" line="378"/>
        <location filename="../ui/report/ReportSalesSections.cpp" line="379"/>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="383"/>
        <source>Target</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="402"/>
        <source>no data</source>
        <translation>pas de données</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="450"/>
        <source>No data for: %1. The appendix says why.</source>
        <translation>Pas de données pour : %1. L&apos;annexe explique pourquoi.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="370"/>
        <source>No targets are set for this workspace.</source>
        <translation>Aucun objectif n&apos;est défini pour cet espace de travail.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="87"/>
        <source>n/a: not comparable. The comparison period, or for retention and churn their look-back window, holds too little data (under 90 % of its days), so no change is shown; the notes on the first page say which.</source>
        <translation>n. c. : non comparable. La période de comparaison, ou pour la rétention et l’attrition leur fenêtre rétrospective, contient trop peu de données (moins de 90 % de ses jours) : aucune variation n’est donc affichée ; les notes de la première page précisent laquelle.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="102"/>
        <source>too early</source>
        <comment>retention cannot tell yet: a table cell&apos;s short form</comment>
        <translation>trop tôt</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="110"/>
        <source>too early: a customer counts as lost after %1 days without buying, and the data before the period covers only %2 of those days, so retention and churn cannot tell yet who was lost.</source>
        <translation>trop tôt : un client est compté comme perdu après %1 jours sans achat, et les données avant la période ne couvrent que %2 de ces jours ; la rétention et l&apos;attrition ne peuvent donc pas encore dire qui est perdu.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="359"/>
        <source>%1. Change % is (value − comparison) ÷ |comparison|. As on the tiles, dark green marks a change for the better and dark red one for the worse only when it is beyond normal variation; other changes are plain.</source>
        <translation>%1. L&apos;évolution % est (valeur − comparaison) ÷ |comparaison|. Comme sur les tuiles, le vert foncé signale une évolution favorable et le rouge foncé une évolution défavorable seulement quand elle dépasse la variation normale ; les autres évolutions restent sans couleur.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="364"/>
        <source>Changes against the second comparison are plain.</source>
        <translation>Les évolutions par rapport à la seconde comparaison restent sans couleur.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="371"/>
        <source>The targets could not be read: %1</source>
        <translation>Les objectifs n&apos;ont pas pu être lus : %1</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="462"/>
        <source>No trend: the period has no data.</source>
        <translation>Pas d&apos;évolution : la période n&apos;a pas de données.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="532"/>
        <source>day</source>
        <translation>jour</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="533"/>
        <source>week (Monday to Sunday)</source>
        <translation>semaine (du lundi au dimanche)</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="536"/>
        <source>One point per %1; the dashed line is the comparison period, aligned bucket by bucket.</source>
        <translation>Un point par %1 ; la ligne en pointillés est la période de comparaison, alignée intervalle par intervalle.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="539"/>
        <source>One point per %1.</source>
        <translation>Un point par %1.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="541"/>
        <source>No comparison line: the comparison period holds too little data to compare with.</source>
        <translation>Pas de ligne de comparaison : la période de comparaison contient trop peu de données pour comparer.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="544"/>
        <source>The last %1 is not over yet: its figures are to date, drawn with a dashed line and a hatched column.</source>
        <translation>La dernière période (%1) n&apos;est pas encore terminée : ses chiffres sont à ce jour, tracés en pointillés et avec une colonne hachurée.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="548"/>
        <source>A bucket cut by the period&apos;s start or end holds only its days inside the period.</source>
        <translation>Un intervalle coupé par le début ou la fin de la période ne contient que ses jours situés dans la période.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="565"/>
        <source>Top products by net sales</source>
        <translation>Meilleurs produits par chiffre d&apos;affaires net</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/report/ReportSalesSections.cpp" line="566"/>
        <source>Top %Ln product(s) by net sales</source>
        <translation>
            <numerusform>%Ln meilleur produit par chiffre d&apos;affaires net</numerusform>
            <numerusform>%Ln meilleurs produits par chiffre d&apos;affaires net</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="568"/>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="569"/>
        <source>The orders of the period carry no products: import order lines with products to see a ranking.</source>
        <translation>Les commandes de la période ne portent aucun produit : importez des lignes de commande avec leurs produits pour voir un classement.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="574"/>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="574"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="576"/>
        <source>Stores</source>
        <translation>Magasins</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="576"/>
        <source>Store</source>
        <translation>Magasin</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="578"/>
        <source>Channels</source>
        <translation>Canaux</translation>
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
        <translation>Les barres commencent à %1, et non à zéro, pour que les parts soient visibles.</translation>
    </message>
</context>
<context>
    <name>storelens::ui::ReportWriter</name>
    <message>
        <location filename="../ui/report/ReportWriter.cpp" line="31"/>
        <source>The report was cancelled.</source>
        <translation>Le rapport a été annulé.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportWriter.cpp" line="50"/>
        <source>StoreLens report: %1</source>
        <translation>Rapport StoreLens : %1</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportWriter.cpp" line="51"/>
        <source>StoreLens report: %1, %2</source>
        <translation>Rapport StoreLens : %1, %2</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportWriter.cpp" line="80"/>
        <source>The PDF could not be started.</source>
        <translation>Le PDF n&apos;a pas pu être démarré.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportWriter.cpp" line="128"/>
        <source>The report could not be written: %1</source>
        <translation>Le rapport n&apos;a pas pu être écrit : %1</translation>
    </message>
</context>
<context>
    <name>storelens::ui::RfmGridWidget</name>
    <message>
        <location filename="../ui/segments/RfmGridWidget.cpp" line="82"/>
        <source>RFM grid</source>
        <translation>Grille RFM</translation>
    </message>
    <message>
        <location filename="../ui/segments/RfmGridWidget.cpp" line="279"/>
        <source>No customers within the filters.</source>
        <translation>Aucun client selon les filtres.</translation>
    </message>
    <message>
        <location filename="../ui/segments/RfmGridWidget.cpp" line="198"/>
        <location filename="../ui/segments/RfmGridWidget.cpp" line="343"/>
        <source>Frequency and monetary score (FM)</source>
        <translation>Score de fréquence et de montant (FM)</translation>
    </message>
    <message>
        <location filename="../ui/segments/RfmGridWidget.cpp" line="198"/>
        <location filename="../ui/segments/RfmGridWidget.cpp" line="347"/>
        <source>Recency score (R)</source>
        <translation>Score de récence (R)</translation>
    </message>
    <message>
        <location filename="../ui/segments/RfmGridWidget.cpp" line="198"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../ui/segments/RfmGridWidget.cpp" line="199"/>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../ui/segments/RfmGridWidget.cpp" line="199"/>
        <source>Net sales</source>
        <translation>Chiffre d&apos;affaires net</translation>
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
%Ln client (%4 % du total)
Chiffre d&apos;affaires net %5</numerusform>
            <numerusform>%1
R %2, FM %3
%Ln clients (%4 % du total)
Chiffre d&apos;affaires net %5</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/segments/RfmGridWidget.cpp" line="364"/>
        <source>Customers per cell: 0 to %1</source>
        <translation>Clients par cellule : de 0 à %1</translation>
    </message>
    <message>
        <location filename="../ui/segments/RfmGridWidget.cpp" line="365"/>
        <source>Net sales per cell: 0 to %1</source>
        <translation>Chiffre d&apos;affaires net par cellule : de 0 à %1</translation>
    </message>
</context>
<context>
    <name>storelens::ui::RuleBuilderDialog</name>
    <message>
        <location filename="../ui/segments/RuleBuilderDialog.cpp" line="52"/>
        <source>New Segment</source>
        <translation>Nouveau segment</translation>
    </message>
    <message>
        <location filename="../ui/segments/RuleBuilderDialog.cpp" line="54"/>
        <source>For example: Lapsed big spenders in Germany</source>
        <translation>Par exemple : gros clients inactifs en Allemagne</translation>
    </message>
    <message>
        <location filename="../ui/segments/RuleBuilderDialog.cpp" line="56"/>
        <source>every group</source>
        <translation>tous les groupes</translation>
    </message>
    <message>
        <location filename="../ui/segments/RuleBuilderDialog.cpp" line="57"/>
        <source>at least one group</source>
        <translation>au moins un groupe</translation>
    </message>
    <message>
        <location filename="../ui/segments/RuleBuilderDialog.cpp" line="69"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../ui/segments/RuleBuilderDialog.cpp" line="70"/>
        <source>Customers must match &amp;conditions of:</source>
        <translation>Les clients doivent remplir les &amp;conditions de :</translation>
    </message>
    <message>
        <location filename="../ui/segments/RuleBuilderDialog.cpp" line="75"/>
        <source>Add &amp;Group</source>
        <translation>Ajouter un &amp;groupe</translation>
    </message>
    <message>
        <location filename="../ui/segments/RuleBuilderDialog.cpp" line="137"/>
        <source>Edit Segment %1</source>
        <translation>Modifier le segment %1</translation>
    </message>
    <message>
        <location filename="../ui/segments/RuleBuilderDialog.cpp" line="172"/>
        <source>Give the segment a name.</source>
        <translation>Donnez un nom au segment.</translation>
    </message>
    <message>
        <location filename="../ui/segments/RuleBuilderDialog.cpp" line="178"/>
        <source>A segment named &quot;%1&quot; exists already; choose another name.</source>
        <translation>Un segment nommé « %1 » existe déjà ; choisissez un autre nom.</translation>
    </message>
    <message>
        <location filename="../ui/segments/RuleBuilderDialog.cpp" line="183"/>
        <source>Add at least one condition.</source>
        <translation>Ajoutez au moins une condition.</translation>
    </message>
    <message>
        <location filename="../ui/segments/RuleBuilderDialog.cpp" line="213"/>
        <source>No customers to count yet: import orders first.</source>
        <translation>Aucun client à compter pour l&apos;instant : importez d&apos;abord des commandes.</translation>
    </message>
    <message>
        <location filename="../ui/segments/RuleBuilderDialog.cpp" line="217"/>
        <source>Complete the conditions to count the matching customers.</source>
        <translation>Complétez les conditions pour compter les clients correspondants.</translation>
    </message>
    <message>
        <location filename="../ui/segments/RuleBuilderDialog.cpp" line="220"/>
        <source>Counting the matching customers…</source>
        <translation>Comptage des clients correspondants…</translation>
    </message>
    <message>
        <location filename="../ui/segments/RuleBuilderDialog.cpp" line="250"/>
        <source>%1 of %2 customers match (%3 %).</source>
        <translation>%1 sur %2 clients correspondent (%3 %).</translation>
    </message>
    <message>
        <location filename="../ui/segments/RuleBuilderDialog.cpp" line="254"/>
        <source>No customer meets a prediction condition: %1</source>
        <translation>Aucun client ne remplit une condition de prédiction : %1</translation>
    </message>
</context>
<context>
    <name>storelens::ui::RuleConditionEditor</name>
    <message>
        <location filename="../ui/segments/RuleConditionEditor.cpp" line="30"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../ui/segments/RuleConditionEditor.cpp" line="32"/>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <location filename="../ui/segments/RuleConditionEditor.cpp" line="38"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/segments/RuleConditionEditor.cpp" line="39"/>
        <source>Remove this condition</source>
        <translation>Supprimer cette condition</translation>
    </message>
    <message>
        <location filename="../ui/segments/RuleConditionEditor.cpp" line="132"/>
        <source>&quot;%1&quot;</source>
        <translation>« %1 »</translation>
    </message>
    <message>
        <location filename="../ui/segments/RuleConditionEditor.cpp" line="139"/>
        <source>No name in the imported data contains %1: check the spelling.</source>
        <translation>Aucun nom dans les données importées ne contient %1 : vérifiez l’orthographe.</translation>
    </message>
    <message>
        <location filename="../ui/segments/RuleConditionEditor.cpp" line="140"/>
        <source>Nothing in the imported data matches %1: check the spelling or pick a value from the list.</source>
        <translation>Rien dans les données importées ne correspond à %1 : vérifiez l’orthographe ou choisissez une valeur dans la liste.</translation>
    </message>
    <message>
        <location filename="../ui/segments/RuleConditionEditor.cpp" line="144"/>
        <source>As it stands, this condition holds for every customer.</source>
        <translation>En l’état, cette condition vaut pour tous les clients.</translation>
    </message>
    <message>
        <location filename="../ui/segments/RuleConditionEditor.cpp" line="145"/>
        <source>As it stands, this condition holds for no customer.</source>
        <translation>En l’état, cette condition ne vaut pour aucun client.</translation>
    </message>
</context>
<context>
    <name>storelens::ui::RuleGroupEditor</name>
    <message>
        <location filename="../ui/segments/RuleGroupEditor.cpp" line="25"/>
        <source>all of these conditions</source>
        <translation>toutes ces conditions</translation>
    </message>
    <message>
        <location filename="../ui/segments/RuleGroupEditor.cpp" line="26"/>
        <source>any of these conditions</source>
        <translation>au moins une de ces conditions</translation>
    </message>
    <message>
        <location filename="../ui/segments/RuleGroupEditor.cpp" line="27"/>
        <source>Customers who match</source>
        <translation>Clients qui remplissent</translation>
    </message>
    <message>
        <location filename="../ui/segments/RuleGroupEditor.cpp" line="29"/>
        <source>Remove Group</source>
        <translation>Supprimer le groupe</translation>
    </message>
    <message>
        <location filename="../ui/segments/RuleGroupEditor.cpp" line="31"/>
        <source>Add Condition</source>
        <translation>Ajouter une condition</translation>
    </message>
    <message>
        <location filename="../ui/segments/RuleGroupEditor.cpp" line="63"/>
        <source>Group %1</source>
        <translation>Groupe %1</translation>
    </message>
</context>
<context>
    <name>storelens::ui::RuleValueEditor</name>
    <message>
        <location filename="../ui/segments/RuleValueEditor.cpp" line="82"/>
        <source>Values separated by commas</source>
        <translation>Valeurs séparées par des virgules</translation>
    </message>
    <message>
        <location filename="../ui/segments/RuleValueEditor.cpp" line="91"/>
        <source>and</source>
        <translation>et</translation>
    </message>
    <message>
        <location filename="../ui/segments/RuleValueEditor.cpp" line="120"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location filename="../ui/segments/RuleValueEditor.cpp" line="153"/>
        <source>Part of the name</source>
        <translation>Partie du nom</translation>
    </message>
</context>
<context>
    <name>storelens::ui::SampleBar</name>
    <message>
        <location filename="../ui/shell/SampleBar.cpp" line="11"/>
        <source>Import Your Data…</source>
        <translation>Importer vos données…</translation>
    </message>
    <message>
        <location filename="../ui/shell/SampleBar.cpp" line="19"/>
        <source>&lt;b&gt;Sample store&lt;/b&gt; — import your own data</source>
        <translation>&lt;b&gt;Magasin d&apos;exemple&lt;/b&gt; — importez vos propres données</translation>
    </message>
    <message>
        <location filename="../ui/shell/SampleBar.cpp" line="22"/>
        <source>Every figure here is made up, to show what StoreLens does. Import the CSV exports of your till or web shop to see your own store.</source>
        <translation>Tous les chiffres ici sont fictifs et servent à montrer ce que fait StoreLens. Importez les exports CSV de votre caisse ou de votre boutique en ligne pour voir votre propre magasin.</translation>
    </message>
    <message>
        <location filename="../ui/shell/SampleBar.cpp" line="27"/>
        <source>Create a workspace for your business and import your exports into it.</source>
        <translation>Créez un espace de travail pour votre commerce et importez-y vos exports.</translation>
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
        <translation>%1 points</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentCompareWidget.cpp" line="78"/>
        <source>segment comparison</source>
        <translation>comparaison de segments</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentCompareWidget.cpp" line="91"/>
        <source>Compare &amp;segment</source>
        <translation>Comparer le segmen&amp;t</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentCompareWidget.cpp" line="93"/>
        <source>&amp;with</source>
        <translation>&amp;avec</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentCompareWidget.cpp" line="149"/>
        <source>First segment</source>
        <translation>Premier segment</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentCompareWidget.cpp" line="150"/>
        <source>Second segment</source>
        <translation>Second segment</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentCompareWidget.cpp" line="151"/>
        <source>Difference (second − first)</source>
        <translation>Différence (second − premier)</translation>
    </message>
</context>
<context>
    <name>storelens::ui::SegmentRuleText</name>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="17"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="19"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="21"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="23"/>
        <source>Gender</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="25"/>
        <source>Age band</source>
        <translation>Tranche d&apos;âge</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="27"/>
        <source>Loyalty tier</source>
        <translation>Niveau de fidélité</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="29"/>
        <source>Email consent</source>
        <translation>Consentement e-mail</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="31"/>
        <source>SMS consent</source>
        <translation>Consentement SMS</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="33"/>
        <source>Acquisition channel</source>
        <translation>Canal d&apos;acquisition</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="35"/>
        <source>First purchase</source>
        <translation>Premier achat</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="37"/>
        <source>Last purchase</source>
        <translation>Dernier achat</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="39"/>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="41"/>
        <source>Net sales</source>
        <translation>Chiffre d&apos;affaires net</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="43"/>
        <source>Average order value</source>
        <translation>Panier moyen</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="45"/>
        <source>Days since last purchase</source>
        <translation>Jours depuis le dernier achat</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="47"/>
        <source>Recency score (R)</source>
        <translation>Score de récence (R)</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="49"/>
        <source>Frequency score (F)</source>
        <translation>Score de fréquence (F)</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="51"/>
        <source>Monetary score (M)</source>
        <translation>Score de montant (M)</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="53"/>
        <source>RFM segment</source>
        <translation>Segment RFM</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="55"/>
        <source>Lifecycle stage</source>
        <translation>Étape du cycle de vie</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="57"/>
        <source>Value tier</source>
        <translation>Niveau de valeur</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="59"/>
        <source>Predicted CLV</source>
        <translation>CLV prédite</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="61"/>
        <source>Probability still active</source>
        <translation>Probabilité d&apos;être encore actif</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="63"/>
        <source>Bought in category</source>
        <translation>A acheté dans la catégorie</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="65"/>
        <source>Bought product</source>
        <translation>A acheté le produit</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="67"/>
        <source>Bought in store</source>
        <translation>A acheté dans le magasin</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="69"/>
        <source>Bought in channel</source>
        <translation>A acheté via le canal</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="77"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="79"/>
        <source>Behaviour</source>
        <translation>Comportement</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="80"/>
        <source>Purchases</source>
        <translation>Achats</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="87"/>
        <source>is</source>
        <translation>est</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="89"/>
        <source>is not</source>
        <translation>n&apos;est pas</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="91"/>
        <source>is less than</source>
        <translation>est inférieur à</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="93"/>
        <source>is at most</source>
        <translation>est au plus</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="95"/>
        <source>is more than</source>
        <translation>est supérieur à</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="97"/>
        <source>is at least</source>
        <translation>est au moins</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="99"/>
        <source>contains</source>
        <translation>contient</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="101"/>
        <source>is any of</source>
        <translation>est l&apos;un de</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="103"/>
        <source>is between</source>
        <translation>est entre</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="115"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="117"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="118"/>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="150"/>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
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
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentSummaryModel.cpp" line="50"/>
        <source>Share of customers</source>
        <translation>Part des clients</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentSummaryModel.cpp" line="52"/>
        <source>Share of net sales</source>
        <translation>Part du chiffre d&apos;affaires net</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentSummaryModel.cpp" line="54"/>
        <source>Net sales</source>
        <translation>Chiffre d&apos;affaires net</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentSummaryModel.cpp" line="56"/>
        <source>AOV</source>
        <translation>Panier moyen</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentSummaryModel.cpp" line="60"/>
        <source>Frequency</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentSummaryModel.cpp" line="62"/>
        <source>Recency (days)</source>
        <translation>Récence (jours)</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentSummaryModel.cpp" line="84"/>
        <source>Orders per customer: their orders divided by the customers.</source>
        <translation>Commandes par client : leurs commandes divisées par le nombre de clients.</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentSummaryModel.cpp" line="86"/>
        <source>Median recency: the middle value of the days since each customer&apos;s last purchase.</source>
        <translation>Récence médiane : la valeur du milieu des jours écoulés depuis le dernier achat de chaque client.</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentSummaryModel.cpp" line="73"/>
        <source>Identified customers in the segment, as of the as-of date, within the filters.</source>
        <translation>Clients identifiés du segment, à la date de référence, selon les filtres.</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentSummaryModel.cpp" line="75"/>
        <source>The segment&apos;s customers divided by every customer with a sale within the filters.</source>
        <translation>Les clients du segment divisés par l&apos;ensemble des clients ayant une vente selon les filtres.</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentSummaryModel.cpp" line="77"/>
        <source>The segment&apos;s net sales divided by the net sales of every customer within the filters.</source>
        <translation>Le chiffre d&apos;affaires net du segment divisé par le chiffre d&apos;affaires net de l&apos;ensemble des clients selon les filtres.</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentSummaryModel.cpp" line="79"/>
        <source>Net sales of the segment&apos;s customers up to the as-of date, returns included.</source>
        <translation>Chiffre d&apos;affaires net des clients du segment jusqu&apos;à la date de référence, retours compris.</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentSummaryModel.cpp" line="81"/>
        <source>Average order value: gross sales less discounts of their sale lines divided by their orders.</source>
        <translation>Panier moyen : chiffre d&apos;affaires brut moins les remises de leurs lignes de vente, divisé par leurs commandes.</translation>
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
        <translation>sans prix</translation>
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
        <translation>C&amp;ycle de vie</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentsView.cpp" line="106"/>
        <source>&amp;Value Tiers</source>
        <translation>Nivea&amp;ux de valeur</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentsView.cpp" line="107"/>
        <source>&amp;My Segments</source>
        <translation>Mes se&amp;gments</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentsView.cpp" line="108"/>
        <source>Co&amp;mpare</source>
        <translation>Comparaiso&amp;n</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentsView.cpp" line="159"/>
        <source>No saved segment to list: build one with New Segment…</source>
        <translation>Aucun segment enregistré à afficher : créez-en un avec Nouveau segment…</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentsView.cpp" line="169"/>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentsView.cpp" line="172"/>
        <source>Net sales</source>
        <translation>Chiffre d&apos;affaires net</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentsView.cpp" line="185"/>
        <source>Colour the grid by:</source>
        <translation>Colorer la grille selon :</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentsView.cpp" line="234"/>
        <source>segments</source>
        <translation>segments</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentsView.cpp" line="235"/>
        <source>Pick a segment to list its customers below; double-click to open them in the Customers view.</source>
        <translation>Choisissez un segment pour lister ses clients ci-dessous ; double-cliquez pour les ouvrir dans la vue Clients.</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentsView.cpp" line="259"/>
        <source>No saved segments yet. Build one with New Segment: for example the customers in one country who have not bought for 90 days.</source>
        <translation>Aucun segment enregistré pour l&apos;instant. Créez-en un avec Nouveau segment : par exemple les clients d&apos;un pays qui n&apos;ont pas acheté depuis 90 jours.</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentsView.cpp" line="273"/>
        <source>&amp;Thresholds…</source>
        <translation>Seu&amp;ils…</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentsView.cpp" line="275"/>
        <source>Change the days and percentiles that decide the stages and tiers.</source>
        <translation>Modifier les jours et les centiles qui déterminent les étapes et les niveaux.</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentsView.cpp" line="279"/>
        <source>Every customer in exactly one row, as of the as-of date.</source>
        <translation>Chaque client figure dans exactement une ligne, à la date de référence.</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentsView.cpp" line="288"/>
        <source>&amp;New Segment…</source>
        <translation>Nouveau segmen&amp;t…</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentsView.cpp" line="290"/>
        <source>&amp;Edit…</source>
        <translation>Mo&amp;difier…</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentsView.cpp" line="292"/>
        <source>&amp;Delete</source>
        <translation>Suppr&amp;imer</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentsView.cpp" line="314"/>
        <source>Open a workspace to see your customer segments: import orders or open the sample store (File menu).</source>
        <translation>Ouvrez un espace de travail pour voir vos segments de clients : importez des commandes ou ouvrez le magasin d&apos;exemple (menu Fichier).</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentsView.cpp" line="326"/>
        <source>The segments could not be computed: %1</source>
        <translation>Les segments n&apos;ont pas pu être calculés : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/segments/SegmentsView.cpp" line="400"/>
        <source>The date range does not apply here: segments use every purchase up to %1 within the filters. %Ln customer(s) bought within the filters; their net sales %2.</source>
        <translation>
            <numerusform>La plage de dates ne s&apos;applique pas ici : les segments utilisent chaque achat jusqu&apos;au %1 dans les filtres. %Ln client a acheté dans les filtres ; son chiffre d&apos;affaires net : %2.</numerusform>
            <numerusform>La plage de dates ne s&apos;applique pas ici : les segments utilisent chaque achat jusqu&apos;au %1 dans les filtres. %Ln clients ont acheté dans les filtres ; leur chiffre d&apos;affaires net : %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentsView.cpp" line="160"/>
        <location filename="../ui/segments/SegmentsView.cpp" line="356"/>
        <source>Pick a segment to list its customers.</source>
        <translation>Choisissez un segment pour lister ses clients.</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentsView.cpp" line="380"/>
        <source>No orders yet: import orders (File, Import) or open the sample store to see who your best customers are and who to win back.</source>
        <translation>Pas encore de commandes : importez des commandes (Fichier, Importer) ou ouvrez le magasin d&apos;exemple pour voir qui sont vos meilleurs clients et qui reconquérir.</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentsView.cpp" line="405"/>
        <source>no prices imported</source>
        <translation>aucun prix importé</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentsView.cpp" line="410"/>
        <source>%1 of them bought only lines imported without prices: their net sales say &quot;no prices&quot; (not 0) and their M score is 0 (not scored).</source>
        <translation>%1 d&apos;entre eux n&apos;ont acheté que des lignes importées sans prix : leur chiffre d&apos;affaires net indique « sans prix » (et non 0) et leur score M est 0 (non noté).</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentsView.cpp" line="563"/>
        <source>The segment could not be saved: %1</source>
        <translation>Le segment n&apos;a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentsView.cpp" line="573"/>
        <source>The segment could not be deleted: %1</source>
        <translation>Le segment n&apos;a pas pu être supprimé : %1</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentsView.cpp" line="582"/>
        <source>Delete Segment</source>
        <translation>Supprimer le segment</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentsView.cpp" line="583"/>
        <source>Delete the segment &quot;%1&quot;? Its customers stay; only the rule is removed.</source>
        <translation>Supprimer le segment « %1 » ? Ses clients restent ; seule la règle est supprimée.</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentsView.cpp" line="598"/>
        <source>The thresholds could not be saved: %1</source>
        <translation>Les seuils n&apos;ont pas pu être enregistrés : %1</translation>
    </message>
</context>
<context>
    <name>storelens::ui::Sparkline</name>
    <message>
        <location filename="../ui/charts/Sparkline.cpp" line="37"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
</context>
<context>
    <name>storelens::ui::StepIndicator</name>
    <message>
        <location filename="../ui/importwizard/StepIndicator.cpp" line="56"/>
        <source>Step %1 of %2</source>
        <translation>Étape %1 sur %2</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/StepIndicator.cpp" line="79"/>
        <source>Current step: %1</source>
        <translation>Étape actuelle : %1</translation>
    </message>
</context>
<context>
    <name>storelens::ui::StoreChoice</name>
    <message>
        <location filename="../ui/importwizard/StoreChoice.cpp" line="14"/>
        <source>Sto&amp;re where none is given:</source>
        <translation>Maga&amp;sin si aucun n&apos;est indiqué :</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/StoreChoice.cpp" line="22"/>
        <source>The store of every line whose file has no store column (or an empty cell): a web shop&apos;s lines are in its online shop, not in a shop of bricks and mortar.</source>
        <translation>Le magasin de chaque ligne dont le fichier n&apos;a pas de colonne de magasin (ou une cellule vide) : les lignes d&apos;une boutique en ligne sont dans sa boutique en ligne, pas dans un magasin physique.</translation>
    </message>
</context>
<context>
    <name>storelens::ui::SummaryPage</name>
    <message>
        <location filename="../ui/shell/SummaryPage.cpp" line="115"/>
        <source>Open the Sample Store</source>
        <translation>Ouvrir le magasin d&apos;exemple</translation>
    </message>
    <message>
        <location filename="../ui/shell/SummaryPage.cpp" line="113"/>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <location filename="../ui/shell/SummaryPage.cpp" line="121"/>
        <source>This workspace has no orders yet. Import your till or web shop export with File › Import…, or open the sample store.</source>
        <translation>Cet espace de travail ne contient encore aucune commande. Importez l&apos;export de votre caisse ou de votre boutique en ligne avec Fichier › Importer…, ou ouvrez le magasin d&apos;exemple.</translation>
    </message>
    <message>
        <location filename="../ui/shell/SummaryPage.cpp" line="125"/>
        <source>No orders yet</source>
        <translation>Pas encore de commandes</translation>
    </message>
    <message>
        <location filename="../ui/shell/SummaryPage.cpp" line="150"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../ui/shell/SummaryPage.cpp" line="150"/>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location filename="../ui/shell/SummaryPage.cpp" line="150"/>
        <source>As of</source>
        <translation>Date de référence</translation>
    </message>
    <message>
        <location filename="../ui/shell/SummaryPage.cpp" line="151"/>
        <source>Sales</source>
        <translation>Ventes</translation>
    </message>
    <message>
        <location filename="../ui/shell/SummaryPage.cpp" line="152"/>
        <source>Gross sales</source>
        <translation>Chiffre d&apos;affaires brut</translation>
    </message>
    <message>
        <location filename="../ui/shell/SummaryPage.cpp" line="153"/>
        <source>Discounts</source>
        <translation>Remises</translation>
    </message>
    <message>
        <location filename="../ui/shell/SummaryPage.cpp" line="154"/>
        <source>Returns</source>
        <translation>Retours</translation>
    </message>
    <message>
        <location filename="../ui/shell/SummaryPage.cpp" line="155"/>
        <source>Net sales</source>
        <translation>Chiffre d&apos;affaires net</translation>
    </message>
    <message>
        <location filename="../ui/shell/SummaryPage.cpp" line="156"/>
        <source>Orders and customers</source>
        <translation>Commandes et clients</translation>
    </message>
    <message>
        <location filename="../ui/shell/SummaryPage.cpp" line="157"/>
        <source>Order lines</source>
        <translation>Lignes de commande</translation>
    </message>
    <message>
        <location filename="../ui/shell/SummaryPage.cpp" line="158"/>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <location filename="../ui/shell/SummaryPage.cpp" line="161"/>
        <source>Customers named in orders</source>
        <translation>Clients nommés dans des commandes</translation>
    </message>
    <message>
        <location filename="../ui/shell/SummaryPage.cpp" line="162"/>
        <source>Customer records in no order</source>
        <translation>Fiches clients sans commande</translation>
    </message>
    <message>
        <location filename="../ui/shell/SummaryPage.cpp" line="163"/>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <location filename="../ui/shell/SummaryPage.cpp" line="164"/>
        <source>Stores</source>
        <translation>Magasins</translation>
    </message>
    <message>
        <location filename="../ui/shell/SummaryPage.cpp" line="165"/>
        <source>Other data</source>
        <translation>Autres données</translation>
    </message>
    <message>
        <location filename="../ui/shell/SummaryPage.cpp" line="166"/>
        <source>Store traffic rows</source>
        <translation>Lignes de fréquentation en magasin</translation>
    </message>
    <message>
        <location filename="../ui/shell/SummaryPage.cpp" line="167"/>
        <source>Staffing rows</source>
        <translation>Lignes de personnel</translation>
    </message>
    <message>
        <location filename="../ui/shell/SummaryPage.cpp" line="168"/>
        <source>Inventory rows</source>
        <translation>Lignes de stock</translation>
    </message>
    <message>
        <location filename="../ui/shell/SummaryPage.cpp" line="169"/>
        <source>Marketing spend rows</source>
        <translation>Lignes de dépenses marketing</translation>
    </message>
    <message>
        <location filename="../ui/shell/SummaryPage.cpp" line="225"/>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <location filename="../ui/shell/SummaryPage.cpp" line="239"/>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
</context>
<context>
    <name>storelens::ui::TableActions</name>
    <message>
        <location filename="../ui/common/TableActions.cpp" line="75"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location filename="../ui/common/TableActions.cpp" line="80"/>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <location filename="../ui/common/TableActions.cpp" line="85"/>
        <source>&amp;Export to CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../ui/common/TableActions.cpp" line="174"/>
        <source>Show or hide this column</source>
        <translation>Afficher ou masquer cette colonne</translation>
    </message>
    <message>
        <location filename="../ui/common/TableActions.cpp" line="365"/>
        <source>The table could not be written to %1: %2</source>
        <translation>Le tableau n&apos;a pas pu être écrit dans %1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/common/TableActions.cpp" line="382"/>
        <source>table</source>
        <translation>tableau</translation>
    </message>
    <message>
        <location filename="../ui/common/TableActions.cpp" line="383"/>
        <location filename="../ui/common/TableActions.cpp" line="390"/>
        <source>Export to CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <location filename="../ui/common/TableActions.cpp" line="385"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>storelens::ui::TaskProgressBar</name>
    <message>
        <location filename="../ui/common/TaskProgressBar.cpp" line="14"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/common/TaskProgressBar.cpp" line="30"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>storelens::ui::TileSettingsDialog</name>
    <message>
        <location filename="../ui/dashboard/TileSettingsDialog.cpp" line="51"/>
        <source>Choose KPI Tiles</source>
        <translation>Choisir les tuiles d&apos;indicateurs</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/TileSettingsDialog.cpp" line="52"/>
        <source>KPI</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/TileSettingsDialog.cpp" line="52"/>
        <source>Target</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/TileSettingsDialog.cpp" line="59"/>
        <source>KPI tiles</source>
        <translation>Tuiles d&apos;indicateurs</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/TileSettingsDialog.cpp" line="63"/>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/TileSettingsDialog.cpp" line="64"/>
        <source>Move &amp;down</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/TileSettingsDialog.cpp" line="67"/>
        <source>&amp;Reset to defaults</source>
        <translation>&amp;Rétablir les valeurs par défaut</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/TileSettingsDialog.cpp" line="80"/>
        <source>Check the tiles to show and order them with Move up and Move down (Alt+Up, Alt+Down). A target is shown as progress on its tile; enter rates as percentages. Leave a target empty for none.</source>
        <translation>Cochez les tuiles à afficher et ordonnez-les avec Monter et Descendre (Alt+Haut, Alt+Bas). Un objectif s&apos;affiche comme une progression sur sa tuile ; saisissez les taux en pourcentage. Laissez un objectif vide pour n&apos;en fixer aucun.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/TileSettingsDialog.cpp" line="129"/>
        <source>A percentage, e.g. 35 for 35 %.</source>
        <translation>Un pourcentage, p. ex. 35 pour 35 %.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/TileSettingsDialog.cpp" line="130"/>
        <source>In the KPI&apos;s unit.</source>
        <translation>Dans l&apos;unité de l&apos;indicateur.</translation>
    </message>
</context>
<context>
    <name>storelens::ui::ViewPrinter</name>
    <message>
        <location filename="../ui/common/ViewPrinter.cpp" line="146"/>
        <source>&amp;Print…</source>
        <translation>Impri&amp;mer…</translation>
    </message>
    <message>
        <location filename="../ui/common/ViewPrinter.cpp" line="150"/>
        <source>Print the whole of the view on screen</source>
        <translation>Imprimer toute la vue affichée à l&apos;écran</translation>
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
        <translation>Imprimer</translation>
    </message>
    <message>
        <location filename="../ui/common/ViewPrinter.cpp" line="285"/>
        <source>The view could not be printed.</source>
        <translation>La vue n&apos;a pas pu être imprimée.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/common/ViewPrinter.cpp" line="290"/>
        <source>The view is longer than %n page(s): the first %n were printed. Export the table to CSV for all of it.</source>
        <translation>
            <numerusform>La vue dépasse %n page : seule la première (%n page) a été imprimée. Exportez le tableau en CSV pour l&apos;avoir en entier.</numerusform>
            <numerusform>La vue dépasse %n pages : les %n premières ont été imprimées. Exportez le tableau en CSV pour l&apos;avoir en entier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/common/ViewPrinter.cpp" line="297"/>
        <source>The view was printed to a PDF file: %n page(s).</source>
        <translation>
            <numerusform>La vue a été imprimée dans un fichier PDF : %n page.</numerusform>
            <numerusform>La vue a été imprimée dans un fichier PDF : %n pages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>storelens::ui::WaterfallChart</name>
    <message>
        <location filename="../ui/charts/WaterfallChart.cpp" line="27"/>
        <source>Waterfall of the change</source>
        <translation>Cascade de l&apos;évolution</translation>
    </message>
    <message>
        <location filename="../ui/charts/WaterfallChart.cpp" line="46"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/charts/WaterfallChart.cpp" line="51"/>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../ui/charts/WaterfallChart.cpp" line="51"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../ui/charts/WaterfallChart.cpp" line="51"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../ui/charts/WaterfallChart.cpp" line="51"/>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <location filename="../ui/charts/WaterfallChart.cpp" line="116"/>
        <source>%1 (axis does not start at zero)</source>
        <translation>%1 (l&apos;axe ne commence pas à zéro)</translation>
    </message>
</context>
<context>
    <name>storelens::ui::WelcomePage</name>
    <message>
        <location filename="../ui/shell/WelcomePage.cpp" line="51"/>
        <source>Welcome to StoreLens</source>
        <translation>Bienvenue dans StoreLens</translation>
    </message>
    <message>
        <location filename="../ui/shell/WelcomePage.cpp" line="53"/>
        <source>See how your store is doing from the exports of your till, web shop or ERP. A workspace keeps one business&apos;s sales, customers and products in a single file on this computer.</source>
        <translation>Voyez comment se porte votre magasin à partir des exports de votre caisse, de votre boutique en ligne ou de votre ERP. Un espace de travail conserve les ventes, les clients et les produits d&apos;un commerce dans un seul fichier sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../ui/shell/WelcomePage.cpp" line="62"/>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Nouvel espace de travail…</translation>
    </message>
    <message>
        <location filename="../ui/shell/WelcomePage.cpp" line="63"/>
        <source>&amp;Open Workspace…</source>
        <translation>&amp;Ouvrir un espace de travail…</translation>
    </message>
    <message>
        <location filename="../ui/shell/WelcomePage.cpp" line="65"/>
        <source>&amp;Import Your Data…</source>
        <translation>&amp;Importer vos données…</translation>
    </message>
    <message>
        <location filename="../ui/shell/WelcomePage.cpp" line="67"/>
        <source>Open the &amp;Sample Store</source>
        <translation>Ouvrir le magasin d&apos;e&amp;xemple</translation>
    </message>
    <message>
        <location filename="../ui/shell/WelcomePage.cpp" line="70"/>
        <source>Choose CSV exports; StoreLens creates a workspace for them and imports them.</source>
        <translation>Choisissez des exports CSV ; StoreLens crée un espace de travail pour eux et les importe.</translation>
    </message>
    <message>
        <location filename="../ui/shell/WelcomePage.cpp" line="82"/>
        <source>Drop CSV files here to import them into a new workspace</source>
        <translation>Déposez des fichiers CSV ici pour les importer dans un nouvel espace de travail</translation>
    </message>
    <message>
        <location filename="../ui/shell/WelcomePage.cpp" line="91"/>
        <location filename="../ui/shell/WelcomePage.cpp" line="93"/>
        <source>Recent workspaces</source>
        <translation>Espaces de travail récents</translation>
    </message>
    <message>
        <location filename="../ui/shell/WelcomePage.cpp" line="98"/>
        <source>No workspace opened yet. Import your data or open the sample store to start; the workspaces you open are listed here.</source>
        <translation>Aucun espace de travail ouvert pour l&apos;instant. Importez vos données ou ouvrez le magasin d&apos;exemple pour commencer ; les espaces de travail que vous ouvrez sont listés ici.</translation>
    </message>
</context>
<context>
    <name>storelens::ui::WorkspaceController</name>
    <message>
        <location filename="../ui/shell/WorkspaceController.cpp" line="53"/>
        <source>The existing file could not be replaced: %1</source>
        <translation>Le fichier existant n&apos;a pas pu être remplacé : %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/WorkspaceController.cpp" line="144"/>
        <source>The folder %1 could not be created.</source>
        <translation>Le dossier %1 n&apos;a pas pu être créé.</translation>
    </message>
    <message>
        <location filename="../ui/shell/WorkspaceController.cpp" line="193"/>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <location filename="../ui/shell/WorkspaceController.cpp" line="196"/>
        <source>Preparing the sample store…</source>
        <translation>Préparation du magasin d&apos;exemple…</translation>
    </message>
    <message>
        <location filename="../ui/shell/WorkspaceController.cpp" line="199"/>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
</context>
<context>
    <name>storelens::ui::WorkspaceFileDialog</name>
    <message>
        <location filename="../ui/shell/WorkspaceFileDialog.cpp" line="23"/>
        <source>StoreLens workspaces (*.%1)</source>
        <translation>Espaces de travail StoreLens (*.%1)</translation>
    </message>
    <message>
        <location filename="../ui/shell/WorkspaceFileDialog.cpp" line="32"/>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <location filename="../ui/shell/WorkspaceFileDialog.cpp" line="34"/>
        <source>A workspace is one file on this computer that keeps this store&apos;s imported data and settings. Choose its name and folder; StoreLens opens it again next time, and the next month&apos;s export is imported into it.</source>
        <translation>Un espace de travail est un fichier sur cet ordinateur qui conserve les données importées et les réglages de ce magasin. Choisissez son nom et son dossier ; StoreLens le rouvre la prochaine fois : vous y importerez l&apos;export du mois suivant.</translation>
    </message>
</context>
<context>
    <name>storelens::ui::WorkspaceSettingsDialog</name>
    <message>
        <location filename="../ui/common/WorkspaceSettingsDialog.cpp" line="26"/>
        <location filename="../ui/common/WorkspaceSettingsDialog.cpp" line="91"/>
        <source>Workspace Settings</source>
        <translation>Paramètres de l&apos;espace de travail</translation>
    </message>
    <message>
        <location filename="../ui/common/WorkspaceSettingsDialog.cpp" line="30"/>
        <source>None (plain numbers)</source>
        <translation>Aucune (nombres simples)</translation>
    </message>
    <message>
        <location filename="../ui/common/WorkspaceSettingsDialog.cpp" line="38"/>
        <source>The currency money is shown with: a three-letter code such as EUR, USD or GBP. Figures stay the same; only how they are written changes.</source>
        <translation>La devise dans laquelle les montants sont affichés : un code de trois lettres comme EUR, USD ou GBP. Les chiffres restent les mêmes ; seule leur écriture change.</translation>
    </message>
    <message>
        <location filename="../ui/common/WorkspaceSettingsDialog.cpp" line="44"/>
        <source>&amp;Currency:</source>
        <translation>&amp;Devise :</translation>
    </message>
    <message>
        <location filename="../ui/common/WorkspaceSettingsDialog.cpp" line="46"/>
        <source>The currency was set at the first import: from the file&apos;s € $ £ signs or codes such as EUR, or by you when the file named none.</source>
        <translation>La devise a été fixée lors du premier import : d’après les signes € $ £ ou les codes comme EUR du fichier, ou par vous si le fichier n’en indiquait aucune.</translation>
    </message>
    <message>
        <location filename="../ui/common/WorkspaceSettingsDialog.cpp" line="78"/>
        <source>Shown as %1</source>
        <translation>Affichage : %1</translation>
    </message>
    <message>
        <location filename="../ui/common/WorkspaceSettingsDialog.cpp" line="83"/>
        <source>&amp;Workspace Settings…</source>
        <translation>Paramètres de l&apos;espace de &amp;travail…</translation>
    </message>
    <message>
        <location filename="../ui/common/WorkspaceSettingsDialog.cpp" line="85"/>
        <source>Set the workspace&apos;s currency.</source>
        <translation>Définir la devise de l&apos;espace de travail.</translation>
    </message>
    <message>
        <location filename="../ui/common/WorkspaceSettingsDialog.cpp" line="92"/>
        <source>The currency could not be saved: %1</source>
        <translation>La devise n&apos;a pas pu être enregistrée : %1</translation>
    </message>
</context>
<context>
    <name>storelens::ui::YearOverYearChart</name>
    <message>
        <location filename="../ui/charts/YearOverYearChart.cpp" line="32"/>
        <location filename="../ui/charts/YearOverYearChart.cpp" line="105"/>
        <source>Net sales by month, year over year</source>
        <translation>Chiffre d&apos;affaires net par mois, d&apos;une année sur l&apos;autre</translation>
    </message>
    <message>
        <location filename="../ui/charts/YearOverYearChart.cpp" line="83"/>
        <source>%1 (no data for %2 of %3 months)</source>
        <translation>%1 (pas de données pour %2 mois sur %3)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/charts/YearOverYearChart.cpp" line="95"/>
        <source>%1: no data for %2 of %n month(s).</source>
        <translation>
            <numerusform>%1 : pas de données pour %2 mois sur %n.</numerusform>
            <numerusform>%1 : pas de données pour %2 mois sur %n.</numerusform>
        </translation>
    </message>
</context>
</TS>
