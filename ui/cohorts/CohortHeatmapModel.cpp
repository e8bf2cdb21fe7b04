#include "ui/cohorts/CohortHeatmapModel.h"

#include "core/model/Money.h"
#include "core/model/PercentText.h"
#include "ui/cohorts/CohortLabels.h"
#include "ui/common/Formatting.h"

#include <QLocale>

#include <cmath>

namespace storelens::ui {

using namespace core::analytics;

CohortHeatmapModel::CohortHeatmapModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CohortHeatmapModel::setResult(core::session::CohortsResultPtr data, CohortMetric metric,
                                   const QPalette &palette)
{
    beginResetModel();
    m_data = std::move(data);
    m_metric = metric;
    m_palette = palette;
    rebuild();
    endResetModel();
}

void CohortHeatmapModel::setMetric(CohortMetric metric)
{
    if (metric == m_metric)
        return;
    m_metric = metric;
    rebuild();
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void CohortHeatmapModel::setPalette(const QPalette &palette)
{
    m_palette = palette;
    rebuild();
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void CohortHeatmapModel::clear()
{
    beginResetModel();
    m_data.reset();
    m_cells.clear();
    endResetModel();
}

void CohortHeatmapModel::rebuild()
{
    m_cells.clear();
    if (!m_data)
        return;
    const CohortMatrix &matrix = m_data->matrix;
    m_scale = CohortColourScale::forMatrix(matrix, m_metric, m_palette);
    double largest = 0;
    for (int c = 0; c < int(matrix.cohorts().size()); ++c) {
        for (int age = 0; age < matrix.ageCount(); ++age) {
            if (const auto v = matrix.value(m_metric, c, age))
                largest = std::max(largest, std::abs(*v));
        }
    }
    m_moneyDecimals = largest >= 100 ? 0 : 2;
    const int ages = matrix.ageCount();
    m_cells.resize(matrix.cohorts().size() * size_t(ages));
    for (int c = 0; c < int(matrix.cohorts().size()); ++c) {
        for (int age = 0; age < ages; ++age) {
            Cell &cell = m_cells[size_t(c) * size_t(ages) + size_t(age)];
            const auto v = matrix.value(m_metric, c, age);
            if (!v) {
                // Money of lines imported without prices is unknown: said in words, never 0 or blank.
                if (!matrix.isEmpty(c, age))
                    cell.text = tr("no prices");
                continue;
            }
            cell.text = formatValue(m_metric, *v);
            if (CohortMatrix::isMoneyMetric(m_metric) &&
                matrix.moneyState(m_metric == CohortMetric::CumulativeRevenue, c, age) ==
                    CohortMoney::PartlyUnknown)
                cell.text += QStringLiteral(" ~");
            cell.background = m_scale.colour(*v);
            cell.foreground = CohortColourScale::textColourOn(cell.background);
        }
    }
}

QString CohortHeatmapModel::metricName(CohortMetric metric)
{
    switch (metric) {
    case CohortMetric::Retention:
        return tr("Customer retention");
    case CohortMetric::Revenue:
        return tr("Revenue per customer");
    case CohortMetric::CumulativeRevenue:
        return tr("Cumulative revenue per customer");
    case CohortMetric::Orders:
        break;
    }
    return tr("Orders per customer");
}

QString CohortHeatmapModel::metricName() const
{
    return metricName(m_metric);
}

QString CohortHeatmapModel::formatValue(CohortMetric metric, double value) const
{
    const QLocale locale;
    // No "-0" for a tiny negative value that rounds to zero.
    const auto rounded = [](double v, int decimals) {
        const double scale = std::pow(10.0, decimals);
        const double r = std::round(v * scale) / scale;
        return r == 0 ? 0.0 : r;
    };
    switch (metric) {
    case CohortMetric::Retention:
        // As the tiles write it (trial 25se: "100,0%" in the grid beside "0,7 %" on the Overview).
        return core::percentText(value, locale, 1);
    case CohortMetric::Revenue:
    case CohortMetric::CumulativeRevenue:
        return locale.toString(rounded(value, m_moneyDecimals), 'f', m_moneyDecimals);
    case CohortMetric::Orders:
        break;
    }
    return locale.toString(rounded(value, 2), 'f', 2);
}

QString CohortHeatmapModel::ageName(int age) const
{
    const Grain grain = m_data ? m_data->matrix.grain() : Grain::Month;
    switch (grain) {
    case Grain::Day:
    case Grain::Week:
        return tr("week %1").arg(age);
    case Grain::Month:
        return tr("month %1").arg(age);
    case Grain::Quarter:
        break;
    }
    return tr("quarter %1").arg(age);
}

QString CohortHeatmapModel::periodText(int32_t periodIndex) const
{
    const Grain grain = m_data->matrix.grain();
    return tr("%1 to %2")
        .arg(formatDate(cohortperiod::firstDay(grain, periodIndex)),
             formatDate(cohortperiod::lastDay(grain, periodIndex)));
}

QString CohortHeatmapModel::cohortName(int row) const
{
    if (!m_data || row < 0 || row >= rowCount())
        return {};
    return cohortPeriodName(m_data->matrix.grain(), m_data->matrix.cohorts()[size_t(row)].periodIndex);
}

int CohortHeatmapModel::drillCount(int row, int column) const
{
    if (!m_data || row < 0 || row >= rowCount())
        return 0;
    const int age = ageOfColumn(column);
    const Cohort &cohort = m_data->matrix.cohorts()[size_t(row)];
    if (age <= 0)
        return cohort.size;
    return m_data->matrix.isEmpty(row, age) ? 0 : cohort.cells[size_t(age)].activeCustomers;
}

QString CohortHeatmapModel::drillTitle(int row, int column) const
{
    if (!m_data || row < 0 || row >= rowCount())
        return {};
    const QString label = cohortName(row);
    const int age = ageOfColumn(column);
    if (age <= 0)
        return tr("Cohort %1: all customers").arg(label);
    switch (m_data->matrix.grain()) {
    case Grain::Day:
    case Grain::Week:
        return tr("Cohort %1, week %2: customers who bought").arg(label).arg(age);
    case Grain::Month:
        return tr("Cohort %1, month %2: customers who bought").arg(label).arg(age);
    case Grain::Quarter:
        break;
    }
    return tr("Cohort %1, quarter %2: customers who bought").arg(label).arg(age);
}

QString CohortHeatmapModel::toolTip(int row, int age) const
{
    const CohortMatrix &matrix = m_data->matrix;
    const Cohort &cohort = matrix.cohorts()[size_t(row)];
    QStringList lines;
    lines << tr("Cohort %1 (%2): %Ln customer(s)", nullptr, int(cohort.size))
                 .arg(cohortName(row), periodText(cohort.periodIndex));
    if (age < 0) {
        lines << tr("Customers whose first purchase falls in this period.");
        lines << tr("Click or press Enter to list them.");
        return lines.join(QLatin1Char('\n'));
    }
    const QString ageText = ageName(age);
    lines << tr("Age: %1 (%2)").arg(ageText, periodText(cohort.periodIndex + age));
    if (matrix.isEmpty(row, age)) {
        lines << tr("This period is after the last day with data: no value yet.");
        return lines.join(QLatin1Char('\n'));
    }
    if (matrix.isPartial(row, age))
        lines << tr("To date: the period is not over yet (data up to %1).")
                     .arg(formatDate(QDate::fromJulianDay(matrix.asOfDay())));
    const CohortCell &cell = cohort.cells[size_t(age)];
    const QLocale locale;
    lines << core::keepPercentSignsWithNumbers(
        tr("Customer retention: %1 (%2 of %3 customers bought)")
            .arg(core::percentText(*matrix.value(CohortMetric::Retention, row, age), locale, 2),
                 formatCount(cell.activeCustomers), formatCount(cohort.size)));
    const auto revenue = [&](bool cumulative, int64_t netSales) {
        const auto perCustomer = matrix.revenuePerCustomerUnits(cumulative, row, age);
        if (!perCustomer)
            return tr("no prices imported");
        const QString text = tr("%1 (net sales %2)")
                                 .arg(formatMoney(core::Money::fromUnits(*perCustomer)),
                                      formatMoney(core::Money::fromUnits(netSales)));
        if (matrix.moneyState(cumulative, row, age) == CohortMoney::PartlyUnknown)
            return tr("%1, leaving out %Ln line(s) without prices", nullptr,
                      cumulative ? cell.cumulativeUnpricedLines : cell.unpricedLines)
                .arg(text);
        return text;
    };
    lines << tr("Revenue per customer: %1").arg(revenue(false, cell.netSales));
    lines << tr("Cumulative revenue per customer: %1").arg(revenue(true, cell.cumulativeNetSales));
    lines << tr("Orders per customer: %1 (%Ln order(s))", nullptr, int(cell.orders))
                 .arg(locale.toString(*matrix.value(CohortMetric::Orders, row, age), 'f', 3));
    const int count = drillCount(row, columnOfAge(age));
    lines << (age == 0 ? tr("Click or press Enter to list the cohort's %Ln customer(s).", nullptr, count)
                       : tr("Click or press Enter to list these %Ln customer(s).", nullptr, count));
    return lines.join(QLatin1Char('\n'));
}

int CohortHeatmapModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_data ? 0 : int(m_data->matrix.cohorts().size());
}

int CohortHeatmapModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_data ? 0 : m_data->matrix.ageCount() + 1;
}

QVariant CohortHeatmapModel::data(const QModelIndex &index, int role) const
{
    if (!m_data || !index.isValid())
        return {};
    const int row = index.row();
    const int age = ageOfColumn(index.column());
    const CohortMatrix &matrix = m_data->matrix;
    if (age < 0) {
        switch (role) {
        case Qt::DisplayRole:
            return formatCount(matrix.cohorts()[size_t(row)].size);
        case Qt::TextAlignmentRole:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        case Qt::ToolTipRole:
            return toolTip(row, age);
        case AgeRole:
            return age;
        case PartialRole:
        case EmptyRole:
            return false;
        default:
            return {};
        }
    }
    const Cell &cell = m_cells[size_t(row) * size_t(matrix.ageCount()) + size_t(age)];
    switch (role) {
    case Qt::DisplayRole:
        return cell.text;
    case Qt::BackgroundRole:
        return cell.background.isValid() ? QVariant(cell.background) : QVariant();
    case Qt::ForegroundRole:
        return cell.foreground.isValid() ? QVariant(cell.foreground) : QVariant();
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::ToolTipRole:
        return toolTip(row, age);
    case PartialRole:
        return matrix.isPartial(row, age);
    case EmptyRole:
        return matrix.isEmpty(row, age);
    case ValueRole: {
        const auto v = matrix.value(m_metric, row, age);
        return v ? QVariant(*v) : QVariant();
    }
    case AgeRole:
        return age;
    default:
        return {};
    }
}

QVariant CohortHeatmapModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_data)
        return {};
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= rowCount())
            return {};
        const Cohort &cohort = m_data->matrix.cohorts()[size_t(section)];
        // The cohort whose own period is not over yet is labelled "to date" (METRICS.md section 1).
        const QString name = cohortName(section);
        if (role == Qt::DisplayRole)
            return m_data->matrix.isPartial(section, 0) ? tr("%1 (to date)").arg(name) : name;
        if (role == Qt::ToolTipRole)
            return tr("Cohort %1: customers whose first purchase falls in %2")
                .arg(name, periodText(cohort.periodIndex));
        return {};
    }
    const int age = ageOfColumn(section);
    if (role == Qt::DisplayRole) {
        if (age != 0)
            return age < 0 ? tr("Customers") : QString::number(age);
        // The first age column names the unit of them all ("Month 0", 1, 2, …; trial 24c read "0", "1").
        QString first = ageName(0);
        if (!first.isEmpty())
            first[0] = first.at(0).toUpper();
        return first;
    }
    if (role == Qt::ToolTipRole)
        return age < 0
                   ? tr("Cohort size: customers whose first purchase falls in the cohort's period")
                   : tr("Age %1: periods since the cohort's first period (0 is that period itself)").arg(age);
    return {};
}

} // namespace storelens::ui
