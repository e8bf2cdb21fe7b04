#include "ui/importwizard/ImportMatchOffer.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace storelens::ui {

namespace {

QLabel *sentenceLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

ImportMatchOffer::ImportMatchOffer(QWidget *parent)
    : QWidget(parent)
    , m_idChange(sentenceLabel(QStringLiteral("orderIdChangeText"), this))
    , m_products(sentenceLabel(QStringLiteral("productNamesText"), this))
    , m_button(new QPushButton(tr("Count as One &Product"), this))
    , m_otherSource(sentenceLabel(QStringLiteral("otherSourceText"), this))
    , m_otherSourceButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("importMatchOffer"));
    m_idChange->setTextFormat(Qt::RichText);
    m_products->setTextFormat(Qt::PlainText);
    m_button->setObjectName(QStringLiteral("productsByNameButton"));
    m_button->setToolTip(tr("Counts each product without a code as the one product with a code of the same "
                            "name, in this file and in the workspace, checks the file again and keeps the "
                            "choice in the import profile."));
    auto *products = new QHBoxLayout;
    products->setContentsMargins(0, 0, 0, 0);
    products->addWidget(m_products, 1);
    products->addWidget(m_button, 0, Qt::AlignTop);
    m_otherSource->setTextFormat(Qt::RichText);
    m_otherSourceButton->setObjectName(QStringLiteral("otherSourceButton"));
    m_otherSourceButton->setToolTip(
        tr("Imports the file as a source of its own under this name and checks it "
           "again. The name can be changed on the Columns page (Back)."));
    auto *other = new QHBoxLayout;
    other->setContentsMargins(0, 0, 0, 0);
    other->addWidget(m_otherSource, 1);
    other->addWidget(m_otherSourceButton, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_idChange);
    layout->addLayout(other);
    layout->addLayout(products);
    connect(m_button, &QPushButton::clicked, this, &ImportMatchOffer::productsByNameChosen);
    connect(m_otherSourceButton, &QPushButton::clicked, this,
            [this] { Q_EMIT otherSourceChosen(m_suggestedSource); });
    hide();
}

void ImportMatchOffer::showFor(const core::ImportReport &report)
{
    const QString idChange = report.orderIdChange.sentence();
    m_idChangeText = idChange;
    m_idChange->setText(QStringLiteral("<b>%1</b>").arg(idChange.toHtmlEscaped()));
    m_idChange->setVisible(!idChange.isEmpty());
    const QStringList products = report.productNames.sentences();
    m_products->setText(products.join(QLatin1Char(' ')));
    m_products->setVisible(!products.isEmpty());
    m_button->setVisible(report.productNames.matching > 0);
    const QString other = report.otherSource.sentence();
    m_otherSourceText = other;
    m_suggestedSource = report.otherSource.suggestedSource;
    m_otherSource->setText(QStringLiteral("<b>%1</b>").arg(other.toHtmlEscaped()));
    m_otherSource->setVisible(!other.isEmpty());
    m_otherSourceButton->setText(
        tr("Import as \"%1\"").arg(m_suggestedSource).replace(QLatin1Char('&'), QStringLiteral("&&")));
    m_otherSourceButton->setVisible(!other.isEmpty());
    setVisible(!idChange.isEmpty() || !other.isEmpty() || !products.isEmpty());
}

QString ImportMatchOffer::otherSourceText() const
{
    return m_otherSource->isVisibleTo(this) ? m_otherSourceText : QString();
}

QString ImportMatchOffer::idChangeText() const
{
    return m_idChange->isVisibleTo(this) ? m_idChangeText : QString();
}

QString ImportMatchOffer::productsText() const
{
    return m_products->isVisibleTo(this) ? m_products->text() : QString();
}

} // namespace storelens::ui
