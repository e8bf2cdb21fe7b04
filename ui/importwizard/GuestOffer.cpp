#include "ui/importwizard/GuestOffer.h"

namespace storelens::ui {

GuestOffer::GuestOffer(QWidget *parent)
    : CheckOffer(QStringLiteral("guestOffer"), parent)
{
    connect(this, &CheckOffer::chosen, this, [this] { Q_EMIT guestsChosen(m_customerId); });
}

void GuestOffer::showFor(const std::optional<core::PlaceholderCustomer> &customer)
{
    if (!customer) {
        hide();
        return;
    }
    m_customerId = customer->customerId;
    offer(customer->sentence(), tr("Import as &Guest Sales"),
          tr("Imports the lines of \"%1\" without a customer, checks the file again and keeps the choice in "
             "the import profile.")
              .arg(m_customerId));
}

} // namespace storelens::ui
