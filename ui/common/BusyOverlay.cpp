#include "ui/common/BusyOverlay.h"

#include "ui/common/LatestTask.h"

#include <QEvent>
#include <QLabel>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace storelens::ui {

namespace {
constexpr int ShowDelayMs = 250;
}

BusyOverlay::BusyOverlay(QWidget *target)
    : QWidget(target)
    , m_label(new QLabel(tr("Updating…"), this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_delay(new QTimer(this))
{
    setObjectName(QStringLiteral("busyOverlay"));
    m_bar->setRange(0, 100);
    m_bar->setFixedWidth(240);
    m_cancel->setObjectName(QStringLiteral("busyCancelButton"));
    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(m_label, 0, Qt::AlignHCenter);
    layout->addWidget(m_bar, 0, Qt::AlignHCenter);
    layout->addWidget(m_cancel, 0, Qt::AlignHCenter);
    layout->addStretch();
    m_delay->setSingleShot(true);
    m_delay->setInterval(ShowDelayMs);
    connect(m_delay, &QTimer::timeout, this, [this] {
        if (m_busy) {
            setGeometry(parentWidget()->rect());
            raise();
            show();
        }
    });
    connect(m_cancel, &QPushButton::clicked, this, &BusyOverlay::cancelRequested);
    target->installEventFilter(this);
    hide();
}

void BusyOverlay::track(LatestTask *task)
{
    connect(task, &LatestTask::busyChanged, this, &BusyOverlay::setBusy);
    connect(task, &LatestTask::progressChanged, m_bar, &QProgressBar::setValue);
    connect(this, &BusyOverlay::cancelRequested, task, &LatestTask::cancel);
}

void BusyOverlay::setText(const QString &text)
{
    m_label->setText(text);
}

void BusyOverlay::setBusy(bool busy)
{
    m_busy = busy;
    if (busy) {
        m_bar->setValue(0);
        m_delay->start();
    } else {
        m_delay->stop();
        hide();
    }
}

bool BusyOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        setGeometry(parentWidget()->rect());
    return QWidget::eventFilter(watched, event);
}

void BusyOverlay::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    QColor veil = palette().color(QPalette::Window);
    veil.setAlpha(190);
    painter.fillRect(rect(), veil);
}

} // namespace storelens::ui
