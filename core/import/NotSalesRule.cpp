#include "core/import/NotSalesRule.h"

#include "core/import/DataQuality.h"
#include "core/import/GiftCards.h"
#include "core/import/ImportProfile.h"
#include "core/store/ByteHash.h"

#include <algorithm>

namespace storelens::core {

namespace {

constexpr size_t MaxKept = 200000; // answers kept: a few MB at most

} // namespace

NotSalesRule::NotSalesRule(const ImportProfile &profile)
    : m_tips(profile.entity == Entity::Orders && profile.leaveTipsOut)
    , m_giftCards(profile.entity == Entity::Orders && profile.leaveGiftCardsOut)
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
    if ((!m_tips && !m_giftCards) || listed(m_kept, sku))
        return false;
    return leftOut(m_tips, m_giftCards, kindOf(sku, name));
}

bool NotSalesRule::leavesOutByKind(const ImportProfile &profile, QByteArrayView sku, QByteArrayView name)
{
    const bool tips = profile.entity == Entity::Orders && profile.leaveTipsOut;
    const bool giftCards = profile.entity == Entity::Orders && profile.leaveGiftCardsOut;
    return (tips || giftCards) && leftOut(tips, giftCards, kindOfText(sku.trimmed(), name));
}

bool NotSalesRule::leftOut(bool tips, bool giftCards, quint8 kind)
{
    return (tips && (kind & TipLine) != 0) || (giftCards && (kind & GiftCardLine) != 0);
}

quint8 NotSalesRule::kindOfText(QByteArrayView sku, QByteArrayView name)
{
    return quint8((DataQualityCollector::looksLikeTip(sku, name) ? TipLine : OtherLine) |
                  (looksLikeGiftCardSold(sku, name) ? GiftCardLine : OtherLine));
}

// looksLikeTip() and looksLikeGiftCardSold() read the name as text, word by word: too slow for every line of
// a large file, so their answers are kept per SKU and name (a till has a few hundred products; a file of far
// more names keeps the first).
quint8 NotSalesRule::kindOf(QByteArrayView sku, QByteArrayView name)
{
    const quint64 key = bytehash::avalanche(bytehash::rounds(bytehash::rounds(bytehash::Prime3, sku), name));
    const auto found = m_kindOf.find(key);
    if (found != m_kindOf.end())
        return found->second;
    const quint8 kind = kindOfText(sku, name);
    if (m_kindOf.size() < MaxKept)
        m_kindOf.emplace(key, kind);
    return kind;
}

} // namespace storelens::core
