#include "ui/segments/MemberTableModel.h"

#include "core/model/Countries.h"
#include "ui/common/Formatting.h"

#include <algorithm>
#include <numeric>
#include <utility>

namespace storelens::ui {

using core::analytics::MemberRow;

namespace {

int compareText(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive);
}

QString consentText(const std::optional<bool> &consent)
{
    if (!consent)
        return MemberTableModel::tr("Unknown");
    return *consent ? MemberTableModel::tr("Yes") : MemberTableModel::tr("No");
}

} // namespace

MemberTableModel::MemberTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void MemberTableModel::setRows(MemberRowsPtr rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    const int n = m_rows ? int(m_rows->size()) : 0;
    m_sorted.resize(size_t(n));
    std::iota(m_sorted.begin(), m_sorted.end(), 0);
    sortRows();
    applySearch();
    endResetModel();
}

void MemberTableModel::setSearchText(const QString &text)
{
    if (text == m_search)
        return;
    beginResetModel();
    m_search = text;
    applySearch();
    endResetModel();
}

void MemberTableModel::applySearch()
{
    const QString needle = m_search.trimmed();
    if (needle.isEmpty()) {
        m_visible = m_sorted;
        return;
    }
    m_visible.clear();
    for (const int i : m_sorted) {
        const MemberRow &r = (*m_rows)[size_t(i)];
        if (r.customerId.contains(needle, Qt::CaseInsensitive) ||
            r.name.contains(needle, Qt::CaseInsensitive) || r.email.contains(needle, Qt::CaseInsensitive) ||
            countryName(r.country).contains(needle, Qt::CaseInsensitive)) // as the column shows it
            m_visible.push_back(i);
    }
}

const MemberRow &MemberTableModel::member(int row) const
{
    return (*m_rows)[size_t(m_visible[size_t(row)])];
}

QStringList MemberTableModel::visibleCustomerIds() const
{
    QStringList ids;
    ids.reserve(qsizetype(m_visible.size()));
    for (const int i : m_visible)
        ids.append((*m_rows)[size_t(i)].customerId);
    return ids;
}

std::vector<core::analytics::MemberRow>
MemberTableModel::inOrder(const std::vector<core::analytics::MemberRow> &rows, const std::vector<int> &order)
{
    std::vector<core::analytics::MemberRow> sorted;
    sorted.reserve(order.size());
    for (const int i : order)
        sorted.push_back(rows[size_t(i)]);
    return sorted;
}

int MemberTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int MemberTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MemberTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || size_t(index.row()) >= m_visible.size())
        return {};
    const MemberRow &r = member(index.row());
    if (role == Qt::TextAlignmentRole) {
        const bool number = index.column() >= Orders && index.column() <= Recency;
        return number ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                      : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case CustomerId:
        return r.customerId;
    case Name:
        return r.name;
    case Email:
        return r.email;
    case Country:
        return countryName(r.country);
    case FirstPurchase:
        return formatDate(r.firstPurchase);
    case LastPurchase:
        return formatDate(r.lastPurchase);
    case Orders:
        return formatCount(r.orders);
    case NetSales:
        // A customer whose lines have no prices: the money is unknown, never 0 (METRICS.md section 1).
        return r.moneyUnknown ? tr("no prices") : formatMoney(core::Money::fromUnits(r.netSales));
    case Aov:
        return r.aovUnits ? formatMoney(core::Money::fromUnits(*r.aovUnits))
                          : (r.moneyUnknown ? tr("no prices") : tr("–"));
    case Recency:
        return formatCount(r.recencyDays);
    case Rfm:
        return tr("%1-%2-%3").arg(r.r).arg(r.f).arg(r.m);
    case Segment:
        return r.segment;
    case Lifecycle:
        return core::analytics::lifecycleDisplayName(r.lifecycle);
    case Tier:
        return core::analytics::valueTierDisplayName(r.tier);
    case Consent:
        return consentText(r.consentEmail);
    default:
        break;
    }
    return {};
}

QVariant MemberTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CustomerId:
        return tr("Customer ID");
    case Name:
        return tr("Name");
    case Email:
        return tr("Email");
    case Country:
        return tr("Country");
    case FirstPurchase:
        return tr("First purchase");
    case LastPurchase:
        return tr("Last purchase");
    case Orders:
        return tr("Orders");
    case NetSales:
        return tr("Net sales");
    case Aov:
        return tr("AOV");
    case Recency:
        return tr("Recency (days)");
    case Rfm:
        return tr("R-F-M");
    case Segment:
        return tr("RFM segment");
    case Lifecycle:
        return tr("Lifecycle");
    case Tier:
        return tr("Value tier");
    case Consent:
        return tr("Email consent");
    default:
        break;
    }
    return {};
}

bool MemberTableModel::less(int column, const MemberRow &a, const MemberRow &b) const
{
    switch (column) {
    case CustomerId:
        return compareText(a.customerId, b.customerId) < 0;
    case Name:
        return compareText(a.name, b.name) < 0;
    case Email:
        return compareText(a.email, b.email) < 0;
    case Country:
        return compareText(countryName(a.country), countryName(b.country)) < 0;
    case FirstPurchase:
        return a.firstPurchase < b.firstPurchase;
    case LastPurchase:
        return a.lastPurchase < b.lastPurchase;
    case Orders:
        return a.orders < b.orders;
    case NetSales:
        return std::make_pair(!a.moneyUnknown, a.netSales) < std::make_pair(!b.moneyUnknown, b.netSales);
    case Aov:
        return a.aovUnits.value_or(-1) < b.aovUnits.value_or(-1);
    case Recency:
        return a.recencyDays < b.recencyDays;
    case Rfm:
        return std::tie(a.r, a.f, a.m) < std::tie(b.r, b.f, b.m);
    case Segment:
        return compareText(a.segment, b.segment) < 0;
    case Lifecycle:
        return int(a.lifecycle) < int(b.lifecycle);
    case Tier:
        return int(a.tier) < int(b.tier);
    case Consent:
        return int(a.consentEmail.value_or(false)) + int(a.consentEmail.has_value()) <
               int(b.consentEmail.value_or(false)) + int(b.consentEmail.has_value());
    default:
        break;
    }
    return false;
}

void MemberTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    beginResetModel();
    m_sortColumn = column;
    m_sortOrder = order;
    sortRows();
    applySearch();
    endResetModel();
}

QString MemberTableModel::countryName(const QString &key) const
{
    auto it = m_countryNames.constFind(key);
    if (it == m_countryNames.constEnd())
        it = m_countryNames.insert(key, key.isEmpty() ? QString() : core::countryDisplayName(key));
    return *it;
}

void MemberTableModel::sortRows()
{
    if (!m_rows || m_sortColumn < 0)
        return;
    std::stable_sort(m_sorted.begin(), m_sorted.end(), [this](int a, int b) {
        const MemberRow &ra = (*m_rows)[size_t(a)];
        const MemberRow &rb = (*m_rows)[size_t(b)];
        return m_sortOrder == Qt::AscendingOrder ? less(m_sortColumn, ra, rb) : less(m_sortColumn, rb, ra);
    });
}

} // namespace storelens::ui
