#include "ui/shell/SampleBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace storelens::ui {

SampleBar::SampleBar(QWidget *parent)
    : QFrame(parent)
    , m_import(new QPushButton(tr("Import Your Data…"), this))
{
    setObjectName(QStringLiteral("sampleBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    // The tooltip colours: a note that stands out from the views in light and dark themes alike.
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    auto *title = new QLabel(tr("<b>Sample store</b> — import your own data"), this);
    title->setObjectName(QStringLiteral("sampleBarTitle"));
    auto *text =
        new QLabel(tr("Every figure here is made up, to show what StoreLens does. Import the CSV exports "
                      "of your till or web shop to see your own store."),
                   this);
    text->setWordWrap(true);
    m_import->setObjectName(QStringLiteral("sampleImportButton"));
    m_import->setToolTip(tr("Create a workspace for your business and import your exports into it."));
    connect(m_import, &QPushButton::clicked, this, &SampleBar::importRequested);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 12, 6);
    layout->addWidget(title);
    layout->addSpacing(12);
    layout->addWidget(text, 1);
    layout->addWidget(m_import);
}

} // namespace storelens::ui
