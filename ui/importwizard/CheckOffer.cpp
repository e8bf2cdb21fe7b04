#include "ui/importwizard/CheckOffer.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace storelens::ui {

CheckOffer::CheckOffer(const QString &name, QWidget *parent)
    : QWidget(parent)
    , m_text(new QLabel(this))
    , m_button(new QPushButton(this))
{
    setObjectName(name);
    m_text->setObjectName(name + QStringLiteral("Text"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_button->setObjectName(name + QStringLiteral("Button"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_button, 0, Qt::AlignTop);
    connect(m_button, &QPushButton::clicked, this, &CheckOffer::chosen);
    hide();
}

QString CheckOffer::text() const
{
    return m_text->text();
}

void CheckOffer::offer(const QString &sentence, const QString &label, const QString &toolTip)
{
    m_text->setText(sentence);
    m_button->setText(label);
    m_button->setToolTip(toolTip);
    m_button->show();
    show();
}

void CheckOffer::confirm(const QString &sentence)
{
    m_text->setText(sentence);
    m_button->hide();
    show();
}

} // namespace storelens::ui
