#include "ui/common/TaskProgressBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace storelens::ui {

TaskProgressBar::TaskProgressBar(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("taskProgress"));
    m_label->setObjectName(QStringLiteral("taskProgressLabel"));
    m_bar->setObjectName(QStringLiteral("taskProgressBar"));
    m_cancel->setObjectName(QStringLiteral("taskCancelButton"));
    m_bar->setMaximumWidth(200);
    m_bar->setTextVisible(false);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_cancel->setEnabled(false);
        m_label->setText(tr("Cancelling…"));
        Q_EMIT cancelRequested();
    });
    hide();
}

void TaskProgressBar::start(const QString &text, bool cancellable)
{
    m_label->setText(text);
    m_bar->setRange(0, 0);
    m_cancel->setVisible(cancellable);
    m_cancel->setEnabled(cancellable);
    show();
}

void TaskProgressBar::setProgress(int value, int maximum)
{
    m_bar->setRange(0, maximum);
    m_bar->setValue(value);
}

void TaskProgressBar::finish()
{
    hide();
}

} // namespace storelens::ui
