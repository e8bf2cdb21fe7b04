#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <unordered_map>
#include <vector>

namespace storelens::core {

struct ImportProfile;

// Which order lines are not the store's sales, so that the import leaves them out (RecordPipeline) and counts
// them (DataQualityCollector::notSalesLine()): the lines of the profile's notSalesSkus and, when it leaves
// tips out (ImportProfile::leaveTipsOut), every line whose SKU or product name looks like a tip
// (DataQualityCollector::looksLikeTip()) and, when it leaves gift cards sold out (leaveGiftCardsOut), every
// line that sells one (looksLikeGiftCardSold()), unless its SKU is one the user kept in sales (salesSkus).
// One rule for the GUI's Check page and `storelens import`, so both give the same sales for the same file.
// SKUs are compared trimmed, as the file writes them.
class NotSalesRule
{
public:
    explicit NotSalesRule(const ImportProfile &profile);

    // Whether the rule can leave any line out (a profile of order lines with SKUs named, or tips or gift
    // cards left out).
    bool leavesAnyOut() const { return m_tips || m_giftCards || !m_notSales.empty(); }
    // Whether the line of this SKU and product name is not sales. A SKU and name are looked at once: the
    // answer is kept for the file's later lines of that product.
    bool leavesOut(QByteArrayView sku, QByteArrayView name);
    // Whether the profile leaves a line of this SKU and name out by its kind alone, a tip (leaveTipsOut) or
    // a gift card sold (leaveGiftCardsOut), whatever its SKU lists say: the Check page keeps such a SKU in
    // sales by listing it in salesSkus.
    static bool leavesOutByKind(const ImportProfile &profile, QByteArrayView sku, QByteArrayView name);

private:
    static bool listed(const std::vector<QByteArray> &skus, QByteArrayView sku);
    // What a SKU and name are: TipLine, GiftCardLine, both or neither.
    enum Kind : quint8 { OtherLine = 0, TipLine = 1, GiftCardLine = 2 };
    static quint8 kindOfText(QByteArrayView sku, QByteArrayView name);
    static bool leftOut(bool tips, bool giftCards, quint8 kind);
    quint8 kindOf(QByteArrayView sku, QByteArrayView name); // kindOfText(), kept per SKU and name

    std::vector<QByteArray> m_notSales;
    std::vector<QByteArray> m_kept;
    bool m_tips = false;
    bool m_giftCards = false;
    std::unordered_map<quint64, quint8> m_kindOf; // hash of SKU and name -> Kind bits
};

} // namespace storelens::core
