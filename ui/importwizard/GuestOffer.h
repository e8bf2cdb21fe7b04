#pragma once

#include "core/import/PlaceholderCustomer.h"
#include "ui/importwizard/CheckOffer.h"

#include <optional>

namespace storelens::ui {

// The Check page's offer for a customer who holds an outsized share of the file's orders, likely a till's
// placeholder for walk-in sales (core::PlaceholderCustomer): the sentence naming them and their share, and a
// button that imports their lines as guest sales (the profile's guest customer ids; the page checks again).
class GuestOffer : public CheckOffer
{
    Q_OBJECT

public:
    explicit GuestOffer(QWidget *parent = nullptr);

    // Shows the offer for `customer`, or hides it.
    void showFor(const std::optional<core::PlaceholderCustomer> &customer);

Q_SIGNALS:
    void guestsChosen(const QString &customerId);

private:
    QString m_customerId;
};

} // namespace storelens::ui
