#include "core/import/NotSalesRule.h"

#include "core/import/DataQuality.h"
#include "core/import/ImportProfile.h"
#include "core/store/ByteHash.h"

#include <algorithm>

namespace storelens::core {

namespace {

constexpr size_t MaxKept = 200000; // answers kept: a few MB at most

} // namespace

NotSalesRule::NotSalesRule(const ImportProfile &profile)
    : m_tips(profile.entity == Entity::Orders && profile.leaveTipsOut)
{
    for (const QString &sku : profile.notSalesSkus)
        m_notSales.push_back(sku.trimmed().toUtf8());
    for (const QString &sku : profile.salesSkus)
        m_kept.push_back(sku.trimmed().toUtf8());
}

bool NotSalesRule::listed(const std::vector<QByteArray> &skus, QByteArrayView sku)
{
    return std::any_of(skus.cbegin(), skus.cend(),
                       [sku](const QByteArray &s) { return QByteArrayView(s) == sku; });
}

bool NotSalesRule::leavesOut(QByteArrayView sku, QByteArrayView name)
{
    sku = sku.trimmed();
    if (listed(m_notSales, sku))
        return true;
    return m_tips && !listed(m_kept, sku) && isTip(sku, name);
}

// looksLikeTip() reads the name as text, word by word: too slow for every line of a large file, so its answer
// is kept per SKU and name (a till has a few hundred products; a file of far more names keeps the first).
bool NotSalesRule::isTip(QByteArrayView sku, QByteArrayView name)
{
    const quint64 key = bytehash::avalanche(bytehash::rounds(bytehash::rounds(bytehash::Prime3, sku), name));
    const auto found = m_tipOf.find(key);
    if (found != m_tipOf.end())
        return found->second;
    const bool tip = DataQualityCollector::looksLikeTip(sku, name);
    if (m_tipOf.size() < MaxKept)
        m_tipOf.emplace(key, tip);
    return tip;
}

} // namespace storelens::core
