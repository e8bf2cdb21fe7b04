#include "ui/segments/SegmentSummaryModel.h"

#include "ui/common/Formatting.h"

#include <QLocale>

namespace storelens::ui {

using core::analytics::SegmentSummary;

namespace {

QString percentText(double fraction)
{
    return QLocale().toString(fraction * 100.0, 'f', 1) + QStringLiteral("\u202f%");
}

} // namespace

SegmentSummaryModel::SegmentSummaryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SegmentSummaryModel::setSummaries(std::vector<SegmentSummary> summaries)
{
    beginResetModel();
    m_summaries = std::move(summaries);
    endResetModel();
}

int SegmentSummaryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_summaries.size());
}

int SegmentSummaryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SegmentSummaryModel::columnTitle(int column)
{
    switch (column) {
    case Name:
        return tr("Segment");
    case Customers:
        return tr("Customers");
    case ShareOfCustomers:
        return tr("Share of customers");
    case ShareOfNetSales:
        return tr("Share of net sales");
    case NetSales:
        return tr("Net sales");
    case Aov:
        return tr("AOV");
    // Short titles, so that the table beside the RFM grid needs no scrolling at 1280 px in German too; the
    // tooltips say them in full.
    case Frequency:
        return tr("Frequency");
    case Recency:
        return tr("Recency (days)");
    default:
        break;
    }
    return {};
}

QString SegmentSummaryModel::columnToolTip(int column)
{
    switch (column) {
    case Customers:
        return tr("Identified customers in the segment, as of the as-of date, within the filters.");
    case ShareOfCustomers:
        return tr("The segment's customers divided by every customer with a sale within the filters.");
    case ShareOfNetSales:
        return tr("The segment's net sales divided by the net sales of every customer within the filters.");
    case NetSales:
        return tr("Net sales of the segment's customers up to the as-of date, returns included.");
    case Aov:
        return tr("Average order value: gross sales less discounts of their sale lines divided by their "
                  "orders.");
    case Frequency:
        return tr("Orders per customer: their orders divided by the customers.");
    case Recency:
        return tr("Median recency: the middle value of the days since each customer's last purchase.");
    default:
        break;
    }
    return {};
}

QString SegmentSummaryModel::displayText(const SegmentSummary &s, int column)
{
    const QString none = tr("–");
    switch (column) {
    case Name:
        return s.name;
    case Customers:
        return formatCount(s.size);
    case ShareOfCustomers:
        return percentText(s.shareOfCustomers);
    case ShareOfNetSales:
        return s.shareOfNetSales ? percentText(*s.shareOfNetSales) : none;
    case NetSales:
        // Members whose lines have no prices: their money is unknown, never 0 (METRICS.md section 1).
        return s.moneyUnknown() ? tr("no prices") : formatMoney(core::Money::fromUnits(s.netSales));
    case Aov:
        return s.aovUnits ? formatMoney(core::Money::fromUnits(*s.aovUnits))
                          : (s.moneyUnknown() ? tr("no prices") : none);
    case Frequency:
        return s.frequency ? QLocale().toString(*s.frequency, 'f', 2) : none;
    case Recency:
        return s.medianRecencyDays ? QLocale().toString(*s.medianRecencyDays, 'f', 1) : none;
    default:
        break;
    }
    return {};
}

QVariant SegmentSummaryModel::rawValue(const SegmentSummary &s, int column)
{
    switch (column) {
    case Name:
        return s.name;
    case Customers:
        return qint64(s.size);
    case ShareOfCustomers:
        return s.shareOfCustomers;
    case ShareOfNetSales:
        return s.shareOfNetSales ? QVariant(*s.shareOfNetSales) : QVariant();
    case NetSales:
        return s.moneyUnknown() ? QVariant() : QVariant(qint64(s.netSales));
    case Aov:
        return s.aovUnits ? QVariant(qint64(*s.aovUnits)) : QVariant();
    case Frequency:
        return s.frequency ? QVariant(*s.frequency) : QVariant();
    case Recency:
        return s.medianRecencyDays ? QVariant(*s.medianRecencyDays) : QVariant();
    default:
        break;
    }
    return {};
}

QVariant SegmentSummaryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || size_t(index.row()) >= m_summaries.size())
        return {};
    const SegmentSummary &s = m_summaries[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return displayText(s, index.column());
    case Qt::UserRole:
        return rawValue(s, index.column());
    case Qt::TextAlignmentRole:
        return index.column() == Name ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                      : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    default:
        break;
    }
    return {};
}

QVariant SegmentSummaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole)
        return columnTitle(section);
    if (role == Qt::ToolTipRole)
        return columnToolTip(section);
    return {};
}

int SegmentSummaryModel::firstRowWithMembers(const QAbstractProxyModel *shown)
{
    if (!shown || shown->rowCount() == 0)
        return -1;
    for (int row = 0; row < shown->rowCount(); ++row) {
        if (shown->index(row, Customers).data(Qt::UserRole).toLongLong() > 0)
            return shown->mapToSource(shown->index(row, 0)).row();
    }
    return shown->mapToSource(shown->index(0, 0)).row();
}

} // namespace storelens::ui
