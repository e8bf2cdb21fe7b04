#include "ui/importwizard/GuestOffer.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace storelens::ui {

GuestOffer::GuestOffer(QWidget *parent)
    : QWidget(parent)
    , m_text(new QLabel(this))
    , m_button(new QPushButton(this))
{
    setObjectName(QStringLiteral("guestOffer"));
    m_text->setObjectName(QStringLiteral("guestOfferText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_button->setObjectName(QStringLiteral("guestOfferButton"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_button, 0, Qt::AlignTop);
    connect(m_button, &QPushButton::clicked, this, [this] { Q_EMIT guestsChosen(m_customerId); });
    hide();
}

void GuestOffer::showFor(const std::optional<core::PlaceholderCustomer> &customer)
{
    setVisible(customer.has_value());
    if (!customer)
        return;
    m_customerId = customer->customerId;
    m_text->setText(customer->sentence());
    m_button->setText(tr("Import as &Guest Sales"));
    m_button->setToolTip(tr("Imports the lines of \"%1\" without a customer, checks the file again and keeps "
                            "the choice in the import profile.")
                             .arg(m_customerId));
}

QString GuestOffer::text() const
{
    return m_text->text();
}

} // namespace storelens::ui
