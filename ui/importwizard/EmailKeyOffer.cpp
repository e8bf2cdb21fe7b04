#include "ui/importwizard/EmailKeyOffer.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace storelens::ui {

EmailKeyOffer::EmailKeyOffer(QWidget *parent)
    : QWidget(parent)
    , m_text(new QLabel(this))
    , m_button(new QPushButton(this))
{
    setObjectName(QStringLiteral("emailKeyOffer"));
    m_text->setObjectName(QStringLiteral("emailKeyOfferText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_button->setObjectName(QStringLiteral("emailKeyOfferButton"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_button, 0, Qt::AlignTop);
    connect(m_button, &QPushButton::clicked, this, &EmailKeyOffer::emailKeyChosen);
    hide();
}

void EmailKeyOffer::showFor(const core::EmailKeyMatch &match)
{
    setVisible(match.matching > 0);
    if (match.matching == 0)
        return;
    m_text->setText(match.sentence());
    m_button->setText(tr("Key by &E-mail"));
    m_button->setToolTip(tr("Keys each line's customer by the address in \"%1\" when it has one, by \"%2\" "
                            "otherwise, checks the file again and keeps the choice in the import profile.")
                             .arg(match.emailColumn, match.idColumn));
}

QString EmailKeyOffer::text() const
{
    return m_text->text();
}

} // namespace storelens::ui
