#pragma once

#include <QByteArrayView>

namespace storelens::core {

// Whether an order line sells a gift card or a gift voucher: its product name (or, without one, its SKU) is
// a gift card's name and at most a value, a currency and a word such as "digital" beside it ("Gift Card £50",
// "GIFT-CARD", "E-Gift card", "Geschenkgutschein 25 €", "Carte cadeau 50€", "Tarjeta de regalo", "Buono
// regalo", "Cadeaubon", "Presentkort 500 kr", "Gavekort", "Lahjakortti"). A gift card sold is money the store
// holds until it is spent, when the purchase paid with it is the sale: counted at both, sales would count it
// twice (trial 22en), so a new profile leaves such lines out of sales (ImportProfile::leaveGiftCardsOut). Any
// other word keeps the line merchandise: "Gift card holder, kraft", "Gift Card - Studio Pottery", a German
// stationer's "Geschenkkarte".
bool looksLikeGiftCardSold(QByteArrayView sku, QByteArrayView name);

} // namespace storelens::core
